// inotify_rm_watch.cpp - inotify_rm_watch(): WASIX has no file-change notifications: ENOSYS.
#include <errno.h>
#include <sys/inotify.h>

#include "__support/errno_map.hpp"

extern "C" int inotify_rm_watch(int, int) {
    return wasix_libc::fail_posix(ENOSYS);
}
