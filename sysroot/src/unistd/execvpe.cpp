// execvpe.cpp - execvpe(): a name without '/' is looked up in $PATH
// (default "/bin:/usr/bin"); each candidate is tried with execve.
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "__support/errno_map.hpp"

extern "C" int execvpe(const char* file, char* const argv[], char* const envp[]) {
    if (!*file) return wasix_libc::fail_posix(ENOENT);
    if (strchr(file, '/')) return execve(file, argv, envp);
    const char* path = getenv("PATH");
    if (!path) path = "/bin:/usr/bin";
    const size_t flen = strlen(file);
    int seen_eacces = 0;
    for (const char* p = path;; ++p) {
        const char* end = strchr(p, ':');
        if (!end) end = p + strlen(p);
        const size_t dlen = static_cast<size_t>(end - p);
        char buf[PATH_MAX];
        if (dlen + 1 + flen < sizeof buf) {
            memcpy(buf, p, dlen);
            size_t n = dlen;
            if (n == 0) buf[n++] = '.';  // an empty element is the cwd
            buf[n++] = '/';
            memcpy(buf + n, file, flen + 1);
            execve(buf, argv, envp);
            if (errno == EACCES) seen_eacces = 1;
            else if (errno != ENOENT && errno != ENOTDIR) return -1;
        }
        if (!*end) break;
        p = end;
    }
    return wasix_libc::fail_posix(seen_eacces ? EACCES : ENOENT);
}
