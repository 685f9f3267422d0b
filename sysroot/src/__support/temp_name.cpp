// temp_name.cpp - temp_name.hpp.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "__support/temp_name.hpp"

// Six random characters over the first six of its argument (randname.cpp).
extern "C" char* __randname(char*);

namespace wasix_libc {

bool temp_name(const char* dir, const char* prefix, char* out, size_t size) noexcept {
    const int n = snprintf(out, size, "%s/%sXXXXXX", dir, prefix);
    if (n < 0 || static_cast<size_t>(n) >= size) {
        errno = ENAMETOOLONG;
        return false;
    }
    char* x = out + n - 6;
    for (int tries = 0; tries < 100; ++tries) {
        __randname(x);
        struct stat st;
        if (lstat(out, &st) != 0 && errno == ENOENT) return true;
    }
    errno = EEXIST;
    return false;
}

const char* temp_dir(const char* dir) noexcept {
    struct stat st;
    const char* env = getenv("TMPDIR");
    if (env && stat(env, &st) == 0 && S_ISDIR(st.st_mode)) return env;
    if (dir && stat(dir, &st) == 0 && S_ISDIR(st.st_mode)) return dir;
    if (stat(P_tmpdir, &st) == 0 && S_ISDIR(st.st_mode)) return P_tmpdir;
    if (stat("/tmp", &st) == 0 && S_ISDIR(st.st_mode)) return "/tmp";
    return nullptr;
}

}  // namespace wasix_libc
