// sigpending.cpp - the blocked signals waiting for delivery.
#include <signal.h>

#include "__support/signal_impl.hpp"

extern "C" int sigpending(sigset_t* set) {
    wasix_signal::from_bits(__atomic_load_n(&__wasix_sigpending, __ATOMIC_ACQUIRE) &
                                __atomic_load_n(&__wasix_sigmask, __ATOMIC_ACQUIRE),
                            set);
    return 0;
}
