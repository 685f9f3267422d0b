// shmget.cpp - shmget(): ENOSYS, as on a Linux kernel without System V IPC (the
// runtime has none; <sys/shm.h>).
#include <errno.h>
#include <sys/shm.h>

#include "__support/errno_map.hpp"

extern "C" int shmget(key_t, size_t, int) { return wasix_libc::fail_posix(ENOSYS); }
