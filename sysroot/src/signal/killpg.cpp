// killpg.cpp - killpg(): the members of a group are not known here (the
// library keeps only the caller's own group, __support/pgroup.hpp), so the
// signal goes to the process whose pid is the group's id, and to the caller
// too when the group is its own. Group 0 is the caller's.
#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/pgroup.hpp"

extern "C" int killpg(pid_t pgrp, int sig) {
    if (pgrp < 0) return wasix_libc::fail_posix(EINVAL);
    const pid_t own = wasix_libc::pgroup_id();
    if (pgrp == 0) pgrp = own;
    const pid_t self = getpid();
    if (pgrp == own && pgrp != self) {
        if (kill(self, sig) != 0) return -1;
        (void)kill(pgrp, sig);  // the leader may have ended: the group lives on
        return 0;
    }
    return kill(pgrp, sig);
}
