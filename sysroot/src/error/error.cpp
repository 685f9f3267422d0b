// error.cpp - error(): glibc's message to stderr, exit when status is
// nonzero (__support/error_report.hpp).
#include <error.h>
#include <stdarg.h>

#include "__support/error_report.hpp"

extern "C" void error(int status, int errnum, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    wasix_libc::error_report(status, errnum, nullptr, 0, fmt, ap);
    va_end(ap);
}
