// sigsetops.cpp - sigemptyset, sigfillset, sigaddset, sigdelset,
// sigismember, sigisemptyset.
#include <errno.h>
#include <signal.h>

#include "__support/signal_impl.hpp"

using wasix_signal::bit;
using wasix_signal::from_bits;
using wasix_signal::to_bits;
using wasix_signal::valid;

extern "C" int sigemptyset(sigset_t* set) {
    from_bits(0, set);
    return 0;
}

extern "C" int sigfillset(sigset_t* set) {
    from_bits(~uint64_t{0}, set);
    return 0;
}

extern "C" int sigaddset(sigset_t* set, int sig) {
    if (!valid(sig)) {
        errno = EINVAL;
        return -1;
    }
    from_bits(to_bits(set) | bit(sig), set);
    return 0;
}

extern "C" int sigdelset(sigset_t* set, int sig) {
    if (!valid(sig)) {
        errno = EINVAL;
        return -1;
    }
    from_bits(to_bits(set) & ~bit(sig), set);
    return 0;
}

extern "C" int sigismember(const sigset_t* set, int sig) {
    if (!valid(sig)) {
        errno = EINVAL;
        return -1;
    }
    return (to_bits(set) & bit(sig)) != 0;
}

extern "C" int sigisemptyset(const sigset_t* set) {
    return to_bits(set) == 0;
}
