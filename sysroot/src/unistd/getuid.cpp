// getuid.cpp - getuid(): the fixed identity of the process (__support/identity.hpp).
#include <unistd.h>

#include "__support/identity.hpp"

extern "C" uid_t getuid(void) { return wasix_libc::kUid; }
