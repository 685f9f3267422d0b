// shmdt.cpp - shmdt(): ENOSYS, as on a Linux kernel without System V IPC (the
// runtime has none; <sys/shm.h>).
#include <errno.h>
#include <sys/shm.h>

#include "__support/errno_map.hpp"

extern "C" int shmdt(const void*) { return wasix_libc::fail_posix(ENOSYS); }
