// getcwd.cpp - getcwd() from the runtime's working directory. Replaces
// wasi-libc's getcwd.o, whose libc-private cwd string (__wasilibc_cwd) is
// no longer used by anything but is still defined here for old callers.
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "__support/abspath.hpp"

extern "C" {
char* __wasilibc_cwd = const_cast<char*>("/");
}

extern "C" char* getcwd(char* buf, size_t size) {
    if (buf && size == 0) {
        errno = EINVAL;
        return nullptr;
    }
    char* cwd = nullptr;
    const int err = __wasix_abspath(".", &cwd);
    if (err) {
        errno = err;
        return nullptr;
    }
    const size_t need = strlen(cwd) + 1;
    if (!buf) {
        if (size == 0 || size >= need) return cwd;  // already malloc'd
        free(cwd);
        errno = ERANGE;
        return nullptr;
    }
    if (size < need) {
        free(cwd);
        errno = ERANGE;
        return nullptr;
    }
    memcpy(buf, cwd, need);
    free(cwd);
    return buf;
}
