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

#endif
