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
