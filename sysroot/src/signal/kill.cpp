// kill.cpp - kill(): to the own process (pid == getpid() or 0) like raise;
// to another process through proc_signal. Process groups are not modelled:
// a negative pid other than -1 names the process -pid.
#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/signal_impl.hpp"
#include "__support/errno_map.hpp"

extern "C" int kill(pid_t pid, int sig) {
    if (sig != 0 && !wasix_signal::valid(sig)) {
        errno = EINVAL;
        return -1;
    }
    if (pid == -1) {
        errno = EPERM;
        return -1;
    }
    if (pid < 0) pid = -pid;
    if (pid == 0 || pid == getpid()) {
        if (sig != 0) __wasix_signal_dispatch(sig);
        return 0;
    }
    if (sig >= 32) {
        errno = EINVAL;  // WASIX has no signals above 31
        return -1;
    }
    const auto r = wasix::proc_signal(wasix::pid_t{pid}, static_cast<wasix::signal_t>(sig));
    if (!r) {
        return wasix_libc::fail(r.error());
    }
    return 0;
}

extern "C" int killpg(pid_t pgrp, int sig) {
    if (pgrp < 0) {
        errno = EINVAL;
        return -1;
    }
    return kill(pgrp, sig);
}
