// chdir.cpp - chdir() changes the runtime's working directory, after
// checking that the target is a directory. Replaces wasi-libc's chdir.o.
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "abspath.hpp"

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
        if (!r) err = static_cast<int>(r.error());
    }
    free(abs);
    if (err) {
        errno = err;
        return -1;
    }
    return 0;
}
