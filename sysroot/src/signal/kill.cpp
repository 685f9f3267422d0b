// kill.cpp - kill(): to the own process (pid == getpid() or 0) like raise;
// to another process through proc_signal, once the layer knows the process
// exists (the runtime accepts any pid: __support/children.hpp). Process
// groups are not modelled: a negative pid other than -1 names the process
// -pid.
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/children.hpp"
#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" int kill(pid_t pid, int sig) {
    if (sig != 0 && !wasix_signal::valid(sig)) return wasix_libc::fail_posix(EINVAL);
    if (pid == -1) return wasix_libc::fail_posix(EPERM);
    if (pid == INT_MIN) return wasix_libc::fail_posix(ESRCH);
    if (pid < 0) pid = -pid;
    if (pid == 0 || pid == getpid()) {
        if (sig != 0) __wasix_signal_dispatch(sig);
        return 0;
    }
    if (!wasix_libc::process_exists(pid)) return wasix_libc::fail_posix(ESRCH);
    if (sig == 0) return 0;
    if (sig >= 32) return wasix_libc::fail_posix(EINVAL);  // WASIX has no signals above 31
    // A process that signals others takes part in signalling: it and the
    // children it forks (which register in fork) must receive signals too.
    __wasix_signal_register();
    const auto r = wasix::proc_signal(wasix::pid_t{pid}, static_cast<wasix::signal_t>(sig));
    if (!r) return wasix_libc::fail(r.error());
    return 0;
}
