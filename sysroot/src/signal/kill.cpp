// kill.cpp - kill(): to the own process (pid == getpid() or 0) like raise;
// to another process through proc_signal. Process groups are not modelled:
// a negative pid other than -1 names the process -pid.
#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" int kill(pid_t pid, int sig) {
    if (sig != 0 && !wasix_signal::valid(sig)) return wasix_libc::fail_posix(EINVAL);
    if (pid == -1) return wasix_libc::fail_posix(EPERM);
    if (pid < 0) pid = -pid;
    if (pid == 0 || pid == getpid()) {
        if (sig != 0) __wasix_signal_dispatch(sig);
        return 0;
    }
    if (sig >= 32) return wasix_libc::fail_posix(EINVAL);  // WASIX has no signals above 31
    const auto r = wasix::proc_signal(wasix::pid_t{pid}, static_cast<wasix::signal_t>(sig));
    if (!r) return wasix_libc::fail(r.error());
    return 0;
}
