// getgid.cpp - getgid(): the fixed identity of the process (__support/identity.hpp).
#include <unistd.h>

#include "__support/identity.hpp"

extern "C" gid_t getgid(void) { return wasix_libc::kGid; }
