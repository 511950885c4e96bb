// wcwidth and sigaction are X/Open and POSIX; glibc hides wcwidth unless asked.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include "CNcurses.h"
#include <langinfo.h>
#include <string.h>

WINDOW *cn_stdscr(void) { return stdscr; }
int cn_lines(void) { return LINES; }
int cn_cols(void) { return COLS; }
int cn_colors(void) { return COLORS; }
int cn_color_pairs(void) { return COLOR_PAIRS; }
attr_t cn_a_bold(void) { return A_BOLD; }
attr_t cn_a_reverse(void) { return A_REVERSE; }
attr_t cn_a_underline(void) { return A_UNDERLINE; }
attr_t cn_a_dim(void) { return A_DIM; }
attr_t cn_a_normal(void) { return A_NORMAL; }
int cn_key_resize(void) { return KEY_RESIZE; }
int cn_err(void) { return ERR; }
int cn_key_code_yes(void) { return KEY_CODE_YES; }

int cn_setlocale_from_environment(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int cn_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cell);
}

#include <signal.h>
#include <stdlib.h>
#include <stdio.h>

int cn_key_f(int n) { return KEY_F(n); }

// Set while a session opened by cn_newterm_stdio() has not been ended, so the
// at-exit hook and a second termination signal know whether endwin() is due.
static volatile sig_atomic_t cn_session_open = 0;

SCREEN *cn_newterm_stdio(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen != NULL) {
        set_term(screen);
        cn_session_open = 1;
    }
    return screen;
}

int cn_can_address_cursor(void) {
    // A terminal that cannot move the cursor (TERM=dumb, a printer) would
    // show a scrolling mess instead of a dashboard.
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

void cn_endwin_once(void) {
    if (cn_session_open) {
        cn_session_open = 0;
        endwin();
    }
}

static void cn_endwin_at_exit(void) { cn_endwin_once(); }

void cn_restore_terminal_at_exit(void) {
    static int registered = 0;
    if (!registered) {
        registered = 1;
        atexit(cn_endwin_at_exit);
    }
}

int cn_read_key(int timeout_ms, unsigned int *code) {
    wint_t ch = 0;
    wtimeout(stdscr, timeout_ms);
    int result = wget_wch(stdscr, &ch);
    *code = (unsigned int)ch;
    return result;
}

int cn_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

static volatile sig_atomic_t cn_pending_signal = 0;

static void cn_on_termination_signal(int sig) {
    if (cn_pending_signal != 0) {
        // Not strictly async-signal-safe (htop does the same): the loop did
        // not react to the first signal, so leaving a raw-mode tty is worse.
        if (cn_session_open) {
            cn_session_open = 0;
            endwin();
        }
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    cn_pending_signal = sig;
}

void cn_install_termination_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cn_on_termination_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: let a waiting read return early
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
}

int cn_pending_termination_signal(void) { return cn_pending_signal; }

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void cn_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
