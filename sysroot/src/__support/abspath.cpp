// abspath.cpp - see abspath.hpp.
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <wasix/wasix.hpp>

#include "__support/abspath.hpp"
#include "__support/errno_map.hpp"

namespace {

// The runtime's cwd as a malloc'd string, or null with errno set.
char* runtime_cwd() {
    wasix::pointersize_t cap = 256;
    for (;;) {
        char* buf = static_cast<char*>(malloc(cap + 1));
        if (!buf) return nullptr;
        wasix::pointersize_t len = cap;
        const auto r = wasix::getcwd(reinterpret_cast<uint8_t*>(buf), &len);
        if (r && len <= cap) {
            buf[len] = '\0';
            // Some runtimes count the terminating NUL in len.
            return buf;
        }
        free(buf);
        if (r || r.error() == wasix::errno_t::range || r.error() == wasix::errno_t::overflow) {
            cap = len > cap ? len : cap * 2;
            continue;
        }
        errno = wasix_libc::posix_errno(r.error());
        return nullptr;
    }
}

}  // namespace

extern "C" int __wasix_abspath(const char* path, char** out) {
    if (!path || !*path) return ENOENT;
    char* base = nullptr;
    if (path[0] != '/') {
        base = runtime_cwd();
        if (!base) return errno;
    }
    const size_t blen = base ? strlen(base) : 0;
    const size_t plen = strlen(path);
    char* res = static_cast<char*>(malloc(blen + plen + 3));
    if (!res) {
        free(base);
        return ENOMEM;
    }
    // Walk the components of base then path, pushing names and popping on "..".
    size_t n = 0;
    res[n++] = '/';
    const char* const parts[2] = {base, path};
    for (const char* part : parts) {
        if (!part) continue;
        const char* p = part;
        while (*p) {
            while (*p == '/') ++p;
            const char* start = p;
            while (*p && *p != '/') ++p;
            const size_t len = static_cast<size_t>(p - start);
            if (len == 0 || (len == 1 && start[0] == '.')) continue;
            if (len == 2 && start[0] == '.' && start[1] == '.') {
                while (n > 1 && res[n - 1] != '/') --n;  // drop the last name
                if (n > 1) --n;                           // and its slash
                continue;
            }
            if (n > 1) res[n++] = '/';
            memcpy(res + n, start, len);
            n += len;
        }
    }
    res[n] = '\0';
    free(base);
    *out = res;
    return 0;
}
