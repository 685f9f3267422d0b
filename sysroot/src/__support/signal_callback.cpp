// signal_callback.cpp - the function the runtime calls to deliver a signal,
// and its registration with callback_signal. It is exported from the module
// under the name __wasix_signal whenever this file is linked, i.e. whenever
// the program installs a handler, waits for a signal, sets a timer or sends
// a signal to another process.
#include <wasix/wasix.hpp>

#include "__support/itimer.hpp"
#include "__support/run_signals.hpp"
#include "__support/signal_impl.hpp"

// Weak: only programs that set a timer link itimer.cpp.
extern "C" __attribute__((weak)) void __wasix_itimer_expired(void);

extern "C" __attribute__((export_name("__wasix_signal"))) void __wasix_signal_callback(int sig) {
    if (sig == SIGALRM && __wasix_itimer_expired) __wasix_itimer_expired();
    if (sig == SIGTERM) sig = wasix_libc::run_signals_take(sig);
    __wasix_signal_dispatch(sig);
}

namespace {
int registered;
}

extern "C" void __wasix_signal_register(void) {
    if (__atomic_exchange_n(&registered, 1, __ATOMIC_ACQ_REL)) return;
    wasix::callback_signal("__wasix_signal");
    wasix_libc::run_signals_registered();
}

extern "C" int __wasix_signal_registered(void) { return __atomic_load_n(&registered, __ATOMIC_ACQUIRE); }

// The runtime keeps the callback per thread: thread_signal to a thread that
// has not registered it is dropped (QUIRKS.md, "signals to a thread").
extern "C" void __wasix_signal_thread_start(int* thread_registered) {
    if (*thread_registered || !__atomic_load_n(&registered, __ATOMIC_ACQUIRE)) return;
    wasix::callback_signal("__wasix_signal");
    *thread_registered = 1;
}

// Called by fork() in the child: the runtime does not carry the callback
// registration over to the new process. The child registers whether or not
// the parent had: a signal sent to it before it registers would be lost
// (QUIRKS.md, "signals reach a process only through its callback"), and
// its parent may signal it at once. POSIX also starts the child with no
// pending signals.
extern "C" void __wasix_signal_after_fork(void) {
    __atomic_store_n(&__wasix_sigpending, uint64_t{0}, __ATOMIC_RELEASE);
    __atomic_store_n(&registered, 1, __ATOMIC_RELEASE);
    wasix::callback_signal("__wasix_signal");
    wasix_libc::run_signals_after_fork();
}
