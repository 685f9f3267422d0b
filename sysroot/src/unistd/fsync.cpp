// fsync.cpp - fsync(): fd_sync, with directories succeeding as on Linux
// (__support/sync_result.hpp). Replaces wasi-libc's fsync.o.
#include <unistd.h>

#include "__support/sync_result.hpp"

extern "C" int fsync(int fd) { return wasix_libc::sync_result(fd, wasix::fd_sync(wasix::fd_t{fd})); }
