// getgroups.cpp - getgroups(): the process has no supplementary groups
// (its one group is its own, __support/identity.hpp), so the list is empty.
#include <errno.h>
#include <unistd.h>

#include "__support/errno_map.hpp"

extern "C" int getgroups(int size, gid_t[]) {
    if (size < 0) return wasix_libc::fail_posix(EINVAL);
    return 0;
}
