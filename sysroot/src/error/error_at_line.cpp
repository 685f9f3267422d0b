// error_at_line.cpp - error_at_line(): error() with "file:line: " first;
// with error_one_per_line set, a repeat of the previous file and line is
// not printed (glibc).
#include <error.h>
#include <stdarg.h>
#include <string.h>

#include "__support/error_report.hpp"

namespace {
const char* g_last_file;
unsigned g_last_line;
}  // namespace

extern "C" void error_at_line(int status, int errnum, const char* file, unsigned line, const char* fmt, ...) {
    if (error_one_per_line) {
        if (g_last_file && line == g_last_line && (file == g_last_file || strcmp(file, g_last_file) == 0)) return;
        g_last_file = file;
        g_last_line = line;
    }
    va_list ap;
    va_start(ap, fmt);
    wasix_libc::error_report(status, errnum, file, line, fmt, ap);
    va_end(ap);
}
