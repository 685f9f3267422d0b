// sigprocmask.cpp - sigprocmask(): change the mask (one per process, see
// signal_impl.hpp); unblocked pending signals are delivered before
// returning.
#include <signal.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" int sigprocmask(int how, const sigset_t* set, sigset_t* old) {
    const int err = __wasix_sigmask_change(how, set, old);
    return err ? wasix_libc::fail_posix(err) : 0;
}
