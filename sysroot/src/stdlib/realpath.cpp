// realpath.cpp - realpath on the runtime's working directory: the absolute,
// lexically normalised form of the path (__wasix_abspath, src/unistd), with
// each symbolic link on the way replaced by its target (at most 40, then
// ELOOP), which must name an existing file.
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "__support/abspath.hpp"

namespace {

// Replaces the first symbolic link among the leading components of *abs (an
// absolute, normalised path) by its target: 1 if one was replaced, 0 if
// there is none, -1 with errno set on failure.
int resolve_one_link(char** abs) {
    char* p = *abs;
    for (char* end = p + 1;; ++end) {
        if (*end != '/' && *end != '\0') continue;
        const char saved = *end;
        *end = '\0';
        struct stat st;
        const bool link = lstat(p, &st) == 0 && S_ISLNK(st.st_mode);
        char target[PATH_MAX];
        ssize_t n = link ? readlink(p, target, sizeof target - 1) : 0;
        *end = saved;
        if (n < 0) return -1;
        if (link) {
            target[n] = '\0';
            // The directory of the link (for a relative target), the target, the rest.
            char* slash = strrchr(p, '/');
            const size_t dir = target[0] == '/' ? 0 : static_cast<size_t>(slash - p) + 1;
            const size_t rest = strlen(end);
            char* joined = static_cast<char*>(malloc(dir + static_cast<size_t>(n) + rest + 1));
            if (!joined) return -1;
            memcpy(joined, p, dir);
            memcpy(joined + dir, target, static_cast<size_t>(n));
            memcpy(joined + dir + static_cast<size_t>(n), end, rest + 1);
            char* next = nullptr;
            const int err = __wasix_abspath(joined, &next);
            free(joined);
            if (err) {
                errno = err;
                return -1;
            }
            free(*abs);
            *abs = next;
            return 1;
        }
        if (saved == '\0') return 0;
    }
}

}  // namespace

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
    int links = 0;
    for (int r; (r = resolve_one_link(&abs)) != 0;) {
        if (r < 0 || ++links > 40) {
            const int err = r < 0 ? errno : ELOOP;
            free(abs);
            errno = err;
            return nullptr;
        }
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
