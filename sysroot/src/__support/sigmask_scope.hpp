// The signal-mask argument of ppoll, pselect and epoll_pwait: the mask is
// installed for the duration of the wait and the old one restored after, as
// the kernel does. The runtime delivers signals at system calls, not into a
// blocked wait, so what matters is the classic pattern: a signal blocked and
// pending before the call, unblocked by its mask, runs its handler as the
// mask is installed, and the call then fails with EINTR at once.
#pragma once

#include <signal.h>

namespace wasix_libc {

class sigmask_scope {
public:
    explicit sigmask_scope(const sigset_t* mask);  // null: no change
    ~sigmask_scope();
    sigmask_scope(const sigmask_scope&) = delete;
    sigmask_scope& operator=(const sigmask_scope&) = delete;

    // A handler ran while the mask was being installed: the caller returns EINTR.
    bool interrupted() const { return interrupted_; }

    // Whether installing mask would deliver a pending signal. Linux looks
    // for ready events first: a call that finds some returns them and the
    // signal stays pending, so the caller checks without waiting before it
    // installs the mask.
    static bool unblocks_pending(const sigset_t* mask);

private:
    bool active_ = false;
    bool interrupted_ = false;
    sigset_t old_;
};

}  // namespace wasix_libc
