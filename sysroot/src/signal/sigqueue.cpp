// sigqueue.cpp - sigqueue(): a signal queued to the own process is
// dispatched here with SI_QUEUE and its value, as delivery does for timers;
// to another process it is kill(), because the runtime's proc_signal
// carries the number only.
#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" int sigqueue(pid_t pid, int sig, union sigval value) {
    if (pid != getpid() || sig == 0) return kill(pid, sig);
    if (!wasix_signal::valid(sig)) return wasix_libc::fail_posix(EINVAL);
    __wasix_signal_dispatch_value(sig, SI_QUEUE, value);
    return 0;
}
