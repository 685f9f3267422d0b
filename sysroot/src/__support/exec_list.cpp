// exec_list.cpp - see exec_list.hpp.
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/exec_list.hpp"

extern "C" char** environ;  // wasi-libc initialises it when referenced

namespace wasix_libc {

int exec_list(exec_kind kind, const char* path, const char* arg0, va_list ap) {
    if (!arg0) {
        // No arguments at all: argv is null.
        if (kind == exec_kind::search) return execvp(path, nullptr);
        char** envp = kind == exec_kind::env ? va_arg(ap, char**) : environ;
        return execve(path, nullptr, envp);
    }
    va_list count;
    va_copy(count, ap);
    int n = 1;
    while (va_arg(count, const char*)) ++n;
    va_end(count);
    char** argv = static_cast<char**>(malloc(sizeof(char*) * static_cast<size_t>(n + 1)));
    if (!argv) return fail_posix(ENOMEM);
    argv[0] = const_cast<char*>(arg0);
    for (int i = 1; i <= n; ++i) argv[i] = va_arg(ap, char*);  // argv[n] is the null
    char** envp = environ;
    if (kind == exec_kind::env) envp = va_arg(ap, char**);
    const int r = kind == exec_kind::search ? execvp(path, argv) : execve(path, argv, envp);
    free(argv);
    return r;
}

}  // namespace wasix_libc
