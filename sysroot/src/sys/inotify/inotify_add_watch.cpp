// inotify_add_watch.cpp - inotify_add_watch(): WASIX has no file-change notifications: ENOSYS.
#include <errno.h>
#include <sys/inotify.h>

#include "__support/errno_map.hpp"

extern "C" int inotify_add_watch(int, const char*, uint32_t) {
    return wasix_libc::fail_posix(ENOSYS);
}
