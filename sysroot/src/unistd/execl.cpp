// execl.cpp - execl(): execve of the listed arguments with the current
// environment.
#include <stdarg.h>
#include <unistd.h>

#include "__support/exec_list.hpp"

extern "C" int execl(const char* path, const char* arg0, ...) {
    va_list ap;
    va_start(ap, arg0);
    const int r = wasix_libc::exec_list(wasix_libc::exec_kind::path, path, arg0, ap);
    va_end(ap);
    return r;
}
