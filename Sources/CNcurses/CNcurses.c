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
#include <errno.h>
#include <termios.h>
#include <unistd.h>

int cn_key_f(int n) { return KEY_F(n); }

// Set while a session opened by cn_newterm_stdio() has not been ended, so the
// at-exit hook and a fatal signal know whether the terminal still needs restoring.
static volatile sig_atomic_t cn_session_open = 0;

// What a signal handler needs to give the terminal back without ncurses
// (endwin() writes through stdio and may allocate: not async-signal-safe).
// Both are saved when the session opens, while everything is still safe.
static struct termios cn_shell_termios;
static int cn_shell_termios_saved = 0;
static char cn_restore_bytes[512];
static size_t cn_restore_length = 0;

// Appends a terminfo string without its padding ($<5>, $<2*/>): padding is
// a delay for slow terminals that only tputs understands; sent raw it would
// print as text.
static void cn_append_restore_capability(const char *name) {
    const char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return;
    for (const char *p = value; *p != '\0'; p++) {
        if (p[0] == '$' && p[1] == '<') {
            const char *end = strchr(p, '>');
            if (end != NULL) { p = end; continue; }
        }
        if (cn_restore_length + 1 >= sizeof cn_restore_bytes) return;
        cn_restore_bytes[cn_restore_length++] = *p;
    }
}

SCREEN *cn_newterm_stdio(void) {
    // ncurses keeps its terminal settings on the output's descriptor.
    cn_shell_termios_saved = tcgetattr(STDOUT_FILENO, &cn_shell_termios) == 0;
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen != NULL) {
        set_term(screen);
        // What endwin() sends, in its order: plain attributes, the cursor
        // shown, the keypad back in cursor mode, the alternate screen left.
        cn_restore_length = 0;
        cn_append_restore_capability("sgr0");
        cn_append_restore_capability("cnorm");
        cn_append_restore_capability("rmkx");
        cn_append_restore_capability("rmcup");
        cn_session_open = 1;
    }
    return screen;
}

// Async-signal-safe: write(2) only.
static void cn_write_all(const char *bytes, size_t length) {
    size_t written = 0;
    while (written < length) {
        ssize_t result = write(STDOUT_FILENO, bytes + written, length - written);
        if (result < 0 && errno == EINTR) continue;
        if (result <= 0) break;
        written += (size_t)result;
    }
}

// Mouse reporting is a terminal mode ncurses does not know about (the
// dashboard asks for it itself, so that it gets SGR 1006 reports under any
// TERM, tmux's included): every way out, and a suspend, must switch it off,
// or the shell is left with a terminal that types escape sequences on each click.
// 1000: presses, releases and the wheel (no motion: less traffic over SSH); 1006: SGR coordinates.
static volatile sig_atomic_t cn_mouse_on = 0;
static const char cn_mouse_enable_bytes[] = "\033[?1000h\033[?1006h";
static const char cn_mouse_disable_bytes[] = "\033[?1006l\033[?1000l";

static void cn_mouse_mode_off(void) {
    if (cn_mouse_on) cn_write_all(cn_mouse_disable_bytes, sizeof cn_mouse_disable_bytes - 1);
}

static void cn_mouse_mode_on(void) {
    if (cn_mouse_on) cn_write_all(cn_mouse_enable_bytes, sizeof cn_mouse_enable_bytes - 1);
}

// Async-signal-safe: write(2) and tcsetattr(3) only, on data saved earlier.
static void cn_restore_terminal_in_signal_handler(void) {
    if (!cn_session_open) return;
    cn_session_open = 0;
    cn_mouse_mode_off();
    cn_mouse_on = 0;
    cn_write_all(cn_restore_bytes, cn_restore_length);
    if (cn_shell_termios_saved) tcsetattr(STDOUT_FILENO, TCSADRAIN, &cn_shell_termios);
}

// Puts the default action back and raises the signal again: it is blocked
// while this handler runs, so it is delivered on return and the process ends
// as the signal says (status 128+n, a core file where the signal makes one).
// A fault (SIGSEGV, SIGBUS, SIGILL, SIGFPE) raised by an instruction would
// also recur on return; either way the default action ends the process.
static void cn_die_by_default_action(int sig) {
    struct sigaction default_action;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    sigaction(sig, &default_action, NULL);
    raise(sig);
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
        cn_mouse_mode_off();
        cn_mouse_on = 0;
        endwin();
    }
}

// ncurses' own SIGTSTP handler (installed by newterm) gives the terminal back,
// stops the process and takes the terminal again on `fg`; this one wraps it
// with the mouse mode, which ncurses does not know about.
static struct sigaction cn_previous_suspend_action;

static void cn_on_suspend(int sig) {
    int saved_errno = errno;
    cn_mouse_mode_off();
    if (cn_previous_suspend_action.sa_handler != SIG_DFL && cn_previous_suspend_action.sa_handler != SIG_IGN) {
        cn_previous_suspend_action.sa_handler(sig);  // returns after `fg`
    } else {
        // No ncurses handler to call: stop as the default action would.
        kill(getpid(), SIGSTOP);
    }
    cn_mouse_mode_on();
    errno = saved_errno;
}

void cn_enable_mouse_reporting(void) {
    if (!cn_session_open || cn_mouse_on) return;
    // Let the reports through as bytes, for the dashboard to decode: a
    // terminfo kmous entry (xterm's "\033[<") would otherwise make ncurses
    // swallow them as KEY_MOUSE for a mouse it was never asked to handle.
    keyok(KEY_MOUSE, FALSE);
    cn_mouse_on = 1;
    cn_mouse_mode_on();
    struct sigaction current;
    // A shell without job control ignores SIGTSTP for its children: nothing to wrap then.
    if (sigaction(SIGTSTP, NULL, &current) == 0 && current.sa_handler != SIG_IGN && current.sa_handler != cn_on_suspend) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = cn_on_suspend;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        if (sigaction(SIGTSTP, &action, &cn_previous_suspend_action) != 0) memset(&cn_previous_suspend_action, 0, sizeof cn_previous_suspend_action);
    }
}

int cn_mouse_reporting_enabled(void) { return cn_mouse_on; }

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
        // The loop did not react to the first signal: restore and die.
        int saved_errno = errno;
        cn_restore_terminal_in_signal_handler();
        cn_die_by_default_action(sig);
        errno = saved_errno;
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

static void cn_on_fatal_signal(int sig) {
    int saved_errno = errno;
    cn_restore_terminal_in_signal_handler();
    cn_die_by_default_action(sig);
    errno = saved_errno;
}

// Every signal whose default action ends the process, except the three the
// run loop handles (SIGINT, SIGTERM, SIGHUP) and SIGPIPE (ignored below).
static const int cn_fatal_signals[] = {
    SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGUSR1, SIGUSR2,
    SIGALRM, SIGSTKFLT, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGSYS,
};

// A stack overflow's SIGSEGV cannot run a handler on the exhausted stack.
static char cn_signal_stack[64 * 1024];

void cn_install_fatal_signal_handlers(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t alternate = { .ss_sp = cn_signal_stack, .ss_size = sizeof cn_signal_stack, .ss_flags = 0 };
        sigaltstack(&alternate, NULL);
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cn_on_fatal_signal;
    sigfillset(&action.sa_mask); // nothing else interrupts the restore
    action.sa_flags = SA_ONSTACK;
    for (size_t i = 0; i < sizeof cn_fatal_signals / sizeof cn_fatal_signals[0]; i++) {
        struct sigaction previous;
        // A signal the parent chose to ignore (nohup, a supervisor) stays ignored.
        if (sigaction(cn_fatal_signals[i], NULL, &previous) == 0 && previous.sa_handler == SIG_IGN) continue;
        sigaction(cn_fatal_signals[i], &action, NULL);
    }
    // A write to a pipe or socket whose reader is gone (a --log into a pipe)
    // then fails with EPIPE, which the writer reports, instead of killing the
    // dashboard. The terminal itself never raises SIGPIPE.
    signal(SIGPIPE, SIG_IGN);
}
