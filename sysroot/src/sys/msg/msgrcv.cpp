// msgrcv.cpp - msgrcv(): ENOSYS, as on a Linux kernel without System V IPC (the
// runtime has none; <sys/msg.h>).
#include <errno.h>
#include <sys/msg.h>

#include "__support/errno_map.hpp"

extern "C" ssize_t msgrcv(int, void*, size_t, long, int) { return wasix_libc::fail_posix(ENOSYS); }
