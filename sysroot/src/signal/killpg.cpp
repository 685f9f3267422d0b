// killpg.cpp - killpg(): every process leads its own group (unistd/getpgid.cpp),
// so the group pgrp is the process pgrp.
#include <errno.h>
#include <signal.h>

#include "__support/errno_map.hpp"

extern "C" int killpg(pid_t pgrp, int sig) {
    if (pgrp < 0) return wasix_libc::fail_posix(EINVAL);
    return kill(pgrp, sig);
}
