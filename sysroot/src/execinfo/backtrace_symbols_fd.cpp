// backtrace_symbols_fd.cpp - backtrace_symbols_fd(): the lines of
// backtrace_symbols written to fd.
#include <execinfo.h>
#include <stdio.h>

extern "C" void backtrace_symbols_fd(void* const* frames, int n, int fd) {
    for (int i = 0; i < n; ++i) dprintf(fd, "[%p]\n", frames[i]);
}
