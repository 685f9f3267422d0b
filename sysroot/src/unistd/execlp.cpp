// execlp.cpp - execlp(): execvp of the listed arguments.
#include <stdarg.h>
#include <unistd.h>

#include "__support/exec_list.hpp"

extern "C" int execlp(const char* file, const char* arg0, ...) {
    va_list ap;
    va_start(ap, arg0);
    const int r = wasix_libc::exec_list(wasix_libc::exec_kind::search, file, arg0, ap);
    va_end(ap);
    return r;
}
