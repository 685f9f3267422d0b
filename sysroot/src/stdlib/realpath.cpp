// realpath.cpp - realpath on the runtime's working directory: the absolute,
// lexically normalised form of the path (__wasix_abspath, src/unistd), which
// must name an existing file. Symbolic links are not resolved.
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "__support/abspath.hpp"

extern "C" char* realpath(const char* __restrict path, char* __restrict resolved) {
    if (path == nullptr) {
        errno = EINVAL;
        return nullptr;
    }
    if (*path == '\0') {
        errno = ENOENT;
        return nullptr;
    }
    char* abs = nullptr;
    if (const int err = __wasix_abspath(path, &abs)) {
        errno = err;
        return nullptr;
    }
    struct stat st;
    if (stat(abs, &st) != 0) {
        const int err = errno;
        free(abs);
        errno = err;
        return nullptr;
    }
    if (resolved == nullptr) return abs;  // caller frees
    const size_t len = strlen(abs);
    if (len >= PATH_MAX) {
        free(abs);
        errno = ENAMETOOLONG;
        return nullptr;
    }
    memcpy(resolved, abs, len + 1);
    free(abs);
    return resolved;
}
