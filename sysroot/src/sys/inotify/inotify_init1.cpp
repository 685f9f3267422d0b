// inotify_init1.cpp - inotify_init1(): WASIX has no file-change notifications: ENOSYS.
#include <errno.h>
#include <sys/inotify.h>

#include "__support/errno_map.hpp"

extern "C" int inotify_init1(int) {
    return wasix_libc::fail_posix(ENOSYS);
}
