// shm_path.cpp - shm_path.hpp.
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "__support/shm_path.hpp"

namespace wasix_libc {

int shm_path(const char* name, char* out, size_t size) noexcept {
    while (*name == '/') ++name;
    const size_t len = strlen(name);
    if (len == 0 || len >= NAME_MAX || strchr(name, '/')) return EINVAL;
    struct stat st;
    const bool dev_shm = stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode);
    const int n = dev_shm ? snprintf(out, size, "/dev/shm/%s", name) : snprintf(out, size, "/tmp/.shm-%s", name);
    if (n < 0 || static_cast<size_t>(n) >= size) return ENAMETOOLONG;
    return 0;
}

}  // namespace wasix_libc
