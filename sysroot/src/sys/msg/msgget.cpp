// msgget.cpp - msgget(): ENOSYS, as on a Linux kernel without System V IPC (the
// runtime has none; <sys/msg.h>).
#include <errno.h>
#include <sys/msg.h>

#include "__support/errno_map.hpp"

extern "C" int msgget(key_t, int) { return wasix_libc::fail_posix(ENOSYS); }
