#ifndef CNCURSES_H
#define CNCURSES_H

// Wide-character ncurses: without these, cchar_t and the *_wch calls are hidden.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 refuses ncurses' global mutable variables and cannot import its
// function-like macros, so the few we need are re-exported as functions.
WINDOW *cn_stdscr(void);
int cn_lines(void);
int cn_cols(void);
int cn_colors(void);
int cn_color_pairs(void);
attr_t cn_a_bold(void);
attr_t cn_a_reverse(void);
attr_t cn_a_underline(void);
attr_t cn_a_dim(void);
attr_t cn_a_normal(void);
int cn_key_resize(void);
int cn_err(void);
int cn_key_code_yes(void);

/// Sets the process locale from the environment; must run before initscr().
/// Returns 1 when the resulting character encoding is UTF-8.
int cn_setlocale_from_environment(void);

/// Draws one cell: a wide-character string (one base character plus any
/// combining marks) with attributes and a colour pair, at row y, column x.
int cn_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair);

/// F1..F63: KEY_F(n) is a function-like macro, which Swift cannot import.
int cn_key_f(int n);

/// Opens the terminal named by $TERM on stdout/stdin. Unlike initscr(), which
/// prints an error and exits, this returns NULL so Swift can throw instead.
/// (stdout/stdin are global mutable variables Swift 6 refuses to touch.)
SCREEN *cn_newterm_stdio(void);

/// 1 when the terminal opened by cn_newterm_stdio() can move its cursor.
int cn_can_address_cursor(void);

/// endwin() once, and forget the session so the at-exit hook does nothing.
/// Mouse reporting, when on, is switched off first.
void cn_endwin_once(void);

/// Asks the terminal for mouse reports (modes 1000 and 1006: presses,
/// releases and the wheel in SGR form), which arrive as key bytes for the
/// dashboard to decode (ncurses' own KEY_MOUSE matching is switched off).
/// Every way out switches it off again: endwin, the fatal-signal restore,
/// and a suspend (Ctrl-Z), which switches it back on at `fg`.
void cn_enable_mouse_reporting(void);
int cn_mouse_reporting_enabled(void);

/// Registers (once) an atexit hook that runs endwin() if a session is still
/// open, so an exit() that skipped TerminalSession.end() leaves the tty sane.
void cn_restore_terminal_at_exit(void);

/// Reads one key, waiting at most timeout_ms (-1 blocks, 0 polls).
/// Returns OK (a character in *code), KEY_CODE_YES (a KEY_* code in *code)
/// or ERR (timeout, or a signal interrupted the wait).
int cn_read_key(int timeout_ms, unsigned int *code);

/// Terminal cell width of one character in the current locale (wcwidth).
/// Used only by the renderer to notice glyphs the terminal would draw at a
/// width different from the layout's; layout itself never calls this.
int cn_wcwidth(unsigned int scalar);

/// SIGINT/SIGTERM/SIGHUP only record the signal number (async-signal-safe);
/// the run loop polls cn_pending_termination_signal() and exits normally,
/// running endwin(). A second signal while one is pending restores the
/// terminal (as a fatal signal does) and dies, for a loop that has stopped
/// listening.
void cn_install_termination_handlers(void);
int cn_pending_termination_signal(void);

/// Returns memory freed by a shrinking resizeterm to the system (glibc's
/// malloc_trim): the lines of a huge terminal's windows are small allocations
/// malloc would otherwise keep, resident, for the rest of the session.
void cn_release_free_memory(void);
/// Every other signal that would end the process (SIGQUIT from Ctrl-\ ; SIGUSR1;
/// SIGALRM; SIGSEGV, SIGBUS, SIGILL, SIGABRT...) first gives the terminal back
/// from an async-signal-safe handler (the bytes endwin() would send and the
/// shell's termios, both saved when the session opened), then dies by the
/// signal's default action, so the exit status and any core file stay true.
/// SIGPIPE is ignored: writes report EPIPE instead. Signals already ignored
/// when the dashboard starts stay ignored.
void cn_install_fatal_signal_handlers(void);

#endif
