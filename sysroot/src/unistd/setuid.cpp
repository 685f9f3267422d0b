// setuid.cpp - setuid(): only the process's own id is accepted, as for an
// unprivileged Linux user (__support/identity.hpp).
#include <unistd.h>

#include "__support/identity.hpp"

extern "C" int setuid(uid_t id) { return wasix_libc::set_own_id(id, wasix_libc::kUid); }
