// sethostname.cpp - sethostname(): EPERM, as for an unprivileged Linux user (the
// runtime has no host name to set).
#include <errno.h>
#include <unistd.h>

#include "__support/errno_map.hpp"

extern "C" int sethostname(const char*, size_t) { return wasix_libc::fail_posix(EPERM); }
