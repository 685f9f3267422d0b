// getpgrp.cpp - getpgrp(): the caller's group (__support/pgroup.hpp).
#include <unistd.h>

#include "__support/pgroup.hpp"

extern "C" pid_t getpgrp(void) {
    return wasix_libc::pgroup_id();
}
