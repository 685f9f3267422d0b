// inotify.cpp - WASIX has no file-change notifications: ENOSYS.
#include <errno.h>
#include <sys/inotify.h>

extern "C" int inotify_init1(int) {
    errno = ENOSYS;
    return -1;
}

extern "C" int inotify_init(void) {
    return inotify_init1(0);
}

extern "C" int inotify_add_watch(int, const char*, uint32_t) {
    errno = ENOSYS;
    return -1;
}

extern "C" int inotify_rm_watch(int, int) {
    errno = ENOSYS;
    return -1;
}
