// execl.cpp - execl, execlp, execle: collect the variadic arguments into a
// vector, then execv/execvp/execve.
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

extern "C" char** environ;  // wasi-libc initialises it when referenced

namespace {

enum class kind { path, search, env };

int exec_list(kind k, const char* path, const char* arg0, va_list ap) {
    va_list count;
    va_copy(count, ap);
    int n = 1;
    while (va_arg(count, const char*)) ++n;
    va_end(count);
    char** argv = static_cast<char**>(malloc(sizeof(char*) * static_cast<size_t>(n + 1)));
    if (!argv) {
        errno = ENOMEM;
        return -1;
    }
    argv[0] = const_cast<char*>(arg0);
    for (int i = 1; i <= n; ++i) argv[i] = va_arg(ap, char*);  // argv[n] is the null
    char** envp = environ;
    if (k == kind::env) envp = va_arg(ap, char**);
    const int r = k == kind::search ? execvp(path, argv) : execve(path, argv, envp);
    free(argv);
    return r;
}

}  // namespace

extern "C" int execl(const char* path, const char* arg0, ...) {
    va_list ap;
    va_start(ap, arg0);
    const int r = arg0 ? exec_list(kind::path, path, arg0, ap) : execve(path, nullptr, environ);
    va_end(ap);
    return r;
}

extern "C" int execlp(const char* file, const char* arg0, ...) {
    va_list ap;
    va_start(ap, arg0);
    const int r = arg0 ? exec_list(kind::search, file, arg0, ap) : execvp(file, nullptr);
    va_end(ap);
    return r;
}

extern "C" int execle(const char* path, const char* arg0, ...) {
    va_list ap;
    va_start(ap, arg0);
    int r;
    if (arg0) {
        r = exec_list(kind::env, path, arg0, ap);
    } else {
        char** envp = va_arg(ap, char**);
        r = execve(path, nullptr, envp);
    }
    va_end(ap);
    return r;
}
