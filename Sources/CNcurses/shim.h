// Shim over Debian's ncursesw for Swift: wide-character API on, and `static inline` wrappers for the
// macros and global variables Swift cannot import (or cannot use safely under strict concurrency).
// Every wrapper is prefixed `cn_`. ncurses is not thread-safe: call these from the UI thread only.
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <stdio.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: - Globals

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline int cn_max_y(WINDOW *win) { int y, x; getmaxyx(win, y, x); (void)x; return y; }
static inline int cn_max_x(WINDOW *win) { int y, x; getmaxyx(win, y, x); (void)y; return x; }
static inline void cn_set_escdelay(int ms) { set_escdelay(ms); }

/// `newterm` on the process's standard output and input (returns NULL when TERM names no usable terminal).
static inline SCREEN *cn_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }

// MARK: - Attributes

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }

// MARK: - Keys

static inline int cn_key_f(int n) { return KEY_F(n); }
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }

// MARK: - Terminal capabilities

/// True when the terminfo entry declares direct colour (the `RGB` flag, as in xterm-direct).
static inline bool cn_has_direct_color(void) {
    int flag = tigetflag("RGB");
    return flag > 0 || COLORS >= 0x1000000;
}

/// The codeset of the current LC_CTYPE locale (for example "UTF-8").
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

// MARK: - Drawing

/// Puts one spacing character plus up to 4 combining characters at (y, x) with attributes and an
/// extended colour pair (pairs above 32767 travel through `opts`, as ncurses' extended-colour API asks).
static inline int cn_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cell;
    int extendedPair = pair;
    if (setcchar(&cell, text, attrs, 0, &extendedPair) == ERR) {
        return ERR;
    }
    return mvwadd_wch(win, y, x, &cell);
}

#ifdef __cplusplus
}
#endif

#endif
