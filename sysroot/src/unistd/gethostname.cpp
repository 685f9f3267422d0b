// gethostname.cpp - gethostname(): uname()'s node name; ENAMETOOLONG when
// it does not fit with its terminator (glibc; musl truncates).
#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "__support/errno_map.hpp"

extern "C" int gethostname(char* name, size_t len) {
    struct utsname u;
    if (uname(&u) != 0) return -1;
    const size_t n = strlen(u.nodename) + 1;
    if (n > len) return wasix_libc::fail_posix(ENAMETOOLONG);
    memcpy(name, u.nodename, n);
    return 0;
}
