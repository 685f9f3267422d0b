// error_report.hpp - the shared body of error() and error_at_line().
#pragma once

#include <stdarg.h>

namespace wasix_libc {

// glibc's format: stdout flushed; "prog: " (or error_print_progname()),
// "file:line: " when file is given, the message, ": strerror(errnum)" when
// errnum is nonzero, a newline; counts the message; exits with status when
// it is nonzero.
void error_report(int status, int errnum, const char* file, unsigned line, const char* fmt, va_list ap) noexcept;

}  // namespace wasix_libc
