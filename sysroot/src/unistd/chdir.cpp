// chdir.cpp - chdir() changes the runtime's working directory, after
// checking that the target is a directory. Replaces wasi-libc's chdir.o.
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/abspath.hpp"
#include "__support/errno_map.hpp"

extern "C" int chdir(const char* path) {
    char* abs = nullptr;
    int err = __wasix_abspath(path, &abs);
    if (!err) {
        struct stat st;
        if (stat(abs, &st) != 0)
            err = errno;
        else if (!S_ISDIR(st.st_mode))
            err = ENOTDIR;
    }
    if (!err) {
        const auto r = wasix::chdir(abs);
        if (!r) err = wasix_libc::posix_errno(r.error());
    }
    free(abs);
    if (err) {
        errno = err;
        return -1;
    }
    return 0;
}
