#ifndef SAFEDRILL_CREADLINE_SHIM_H
#define SAFEDRILL_CREADLINE_SHIM_H
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Setters keep Swift 6 strict concurrency away from readline's mutable C globals. */
static inline void safedrill_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void safedrill_set_completion(rl_completion_func_t *function) { rl_attempted_completion_function = function; }
static inline void safedrill_set_completion_over(int value) { rl_attempted_completion_over = value; }
static inline void safedrill_set_catch_signals(int value) { rl_catch_signals = value; }
static inline const char *safedrill_line_buffer(void) { return rl_line_buffer; }
static inline int safedrill_line_end(void) { return rl_end; }
static inline void safedrill_clear_line(void) {
    rl_replace_line("", 0);
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
}
static inline void safedrill_set_done(int value) { rl_done = value; }
#endif
