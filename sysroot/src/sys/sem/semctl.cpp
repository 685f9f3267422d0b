// semctl.cpp - semctl(): ENOSYS, as on a Linux kernel without System V IPC (the
// runtime has none; <sys/sem.h>).
#include <errno.h>
#include <sys/sem.h>

#include "__support/errno_map.hpp"

extern "C" int semctl(int, int, int, ...) { return wasix_libc::fail_posix(ENOSYS); }
