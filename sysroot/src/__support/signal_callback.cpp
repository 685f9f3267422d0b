// callback.cpp - the function the runtime calls to deliver a signal, and its
// registration with callback_signal. It is exported from the module under
// the name __wasix_signal whenever this file is linked (i.e. whenever the
// program installs a handler).
#include <wasix/wasix.hpp>

#include "__support/itimer.hpp"
#include "__support/signal_impl.hpp"

// Weak: only programs that set a timer link itimer.cpp.
extern "C" __attribute__((weak)) void __wasix_itimer_expired(void);

extern "C" __attribute__((export_name("__wasix_signal"))) void __wasix_signal_callback(int sig) {
    if (sig == SIGALRM && __wasix_itimer_expired) __wasix_itimer_expired();
    __wasix_signal_dispatch(sig);
}

namespace {
int registered;
}

extern "C" void __wasix_signal_register(void) {
    if (__atomic_exchange_n(&registered, 1, __ATOMIC_ACQ_REL)) return;
    wasix::callback_signal("__wasix_signal");
}

// Called by fork() in the child: the runtime does not carry the callback
// registration over to the new process.
// POSIX also starts the child with no pending signals.
extern "C" void __wasix_signal_after_fork(void) {
    __atomic_store_n(&__wasix_sigpending, uint64_t{0}, __ATOMIC_RELEASE);
    if (__atomic_load_n(&registered, __ATOMIC_ACQUIRE)) wasix::callback_signal("__wasix_signal");
}
