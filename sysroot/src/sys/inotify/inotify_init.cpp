// inotify_init.cpp - inotify_init(): inotify_init1 without flags.
#include <sys/inotify.h>

extern "C" int inotify_init(void) {
    return inotify_init1(0);
}
