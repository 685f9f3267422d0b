// relpath.cpp - __wasilibc_find_relpath_alloc: how wasi-libc resolves a
// path given to open(), stat(), ... to (preopened directory fd, path
// relative to it). wasi-libc calls it through a weak reference; this
// version makes relative paths relative to the runtime's cwd. Replaces the
// one in wasi-libc's chdir.o.
//
// The weak reference alone does not link this file: the SDK's drivers pass
// -Wl,-u,__wasilibc_find_relpath_alloc (see sysroot/process-build-hook.md).
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/libc-find-relpath.h>

#include "__support/abspath.hpp"

extern "C" int __wasilibc_find_relpath_alloc(const char* path, const char** abs_prefix,
                                             char** relative_buf, size_t* relative_buf_len,
                                             int can_realloc) {
    char* abs = nullptr;
    const int err = __wasix_abspath(path, &abs);
    if (err) {
        errno = err;
        return -1;
    }
    const char* rel = nullptr;
    const int fd = __wasilibc_find_abspath(abs, abs_prefix, &rel);
    if (fd == -1) {
        free(abs);
        return -1;
    }
    const size_t need = strlen(rel) + 1;
    if (*relative_buf_len < need) {
        if (!can_realloc) {
            free(abs);
            errno = ERANGE;
            return -1;
        }
        char* grown = static_cast<char*>(realloc(*relative_buf, need));
        if (!grown) {
            free(abs);
            errno = ENOMEM;
            return -1;
        }
        *relative_buf = grown;
        *relative_buf_len = need;
    }
    memcpy(*relative_buf, rel, need);
    free(abs);
    return fd;
}
