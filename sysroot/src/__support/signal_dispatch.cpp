// dispatch.cpp - running handlers, default actions, pending signals.
#include <signal.h>
#include <string.h>

#include <wasix/wasix.hpp>

#include "__support/run_signals.hpp"
#include "__support/signal_impl.hpp"

using wasix_signal::bit;

namespace {

// What a SA_SIGINFO handler is told about the next delivery of each signal
// (code 0: SI_USER, no value).
struct origin {
    int code;
    union sigval value;
};
origin g_origin[_NSIG];

void default_action(int sig) {
    switch (sig) {
    case SIGCHLD:
    case SIGCONT:
    case SIGURG:
    case SIGWINCH:
    // No job control: the stop signals are ignored too.
    case SIGSTOP:
    case SIGTSTP:
    case SIGTTIN:
    case SIGTTOU:
        return;
    default:
        // Terminate. WASIX has no "exit by signal" for a process to report
        // about itself; the status is the shell's 128 + signal.
        wasix_libc::run_signals_exit(0, sig);
        wasix::proc_exit(static_cast<wasix::exitcode_t>(128 + sig));
    }
}

void run(int sig) {
    // Taken by every delivery, so a later one does not inherit it.
    const int code = __atomic_exchange_n(&g_origin[sig].code, 0, __ATOMIC_ACQ_REL);
    const union sigval value = g_origin[sig].value;
    struct sigaction* const act = &__wasix_sigactions[sig];
    void (*const handler)(int) = act->sa_handler;
    if (handler == SIG_IGN) return;
    if (handler == SIG_DFL) {
        default_action(sig);
        return;
    }
    const int flags = act->sa_flags;
    uint64_t during = wasix_signal::to_bits(&act->sa_mask);
    if (!(flags & SA_NODEFER)) during |= bit(sig);
    void (*const action)(int, siginfo_t*, void*) = act->sa_sigaction;
    if (flags & SA_RESETHAND) {
        act->sa_handler = SIG_DFL;
        act->sa_flags &= ~SA_SIGINFO;
    }
    const uint64_t old = __atomic_fetch_or(&__wasix_sigmask, during, __ATOMIC_ACQ_REL);
    if (flags & SA_SIGINFO) {
        siginfo_t info;
        memset(&info, 0, sizeof info);
        info.si_signo = sig;
        info.si_code = SI_USER;
        if (code != 0) {
            info.si_code = code;
            info.si_value = value;
        }
        action(sig, &info, nullptr);
    } else {
        handler(sig);
    }
    __atomic_store_n(&__wasix_sigmask, old, __ATOMIC_RELEASE);
    __atomic_fetch_add(&__wasix_sigdelivered, 1u, __ATOMIC_ACQ_REL);
}

}  // namespace

// Weak: defined when the program uses signalfd (signalfd.cpp).
extern "C" __attribute__((weak)) int __wasix_signalfd_take(int sig);

extern "C" void __wasix_signal_dispatch(int sig) {
    if (!wasix_signal::valid(sig)) return;
    __wasix_signal_inherit();
    if (__atomic_load_n(&__wasix_sigmask, __ATOMIC_ACQUIRE) & bit(sig) && sig != SIGKILL && sig != SIGSTOP) {
        if (__wasix_signalfd_take && __wasix_signalfd_take(sig)) return;
        __atomic_fetch_or(&__wasix_sigpending, bit(sig), __ATOMIC_ACQ_REL);
        return;
    }
    run(sig);
    __wasix_signal_flush();
}

extern "C" void __wasix_signal_dispatch_value(int sig, int code, union sigval value) {
    if (!wasix_signal::valid(sig)) return;
    g_origin[sig].value = value;
    __atomic_store_n(&g_origin[sig].code, code, __ATOMIC_RELEASE);
    __wasix_signal_dispatch(sig);
}

extern "C" void __wasix_signal_flush(void) {
    for (;;) {
        const uint64_t ready = __atomic_load_n(&__wasix_sigpending, __ATOMIC_ACQUIRE) &
                               ~__atomic_load_n(&__wasix_sigmask, __ATOMIC_ACQUIRE);
        if (!ready) return;
        const int sig = __builtin_ctzll(ready) + 1;
        if (!(__atomic_fetch_and(&__wasix_sigpending, ~bit(sig), __ATOMIC_ACQ_REL) & bit(sig))) continue;
        run(sig);
    }
}

extern "C" void __wasix_signal_poll(void) {
    // The bundled runtime delivers pending signals when the guest makes
    // certain system calls (sched_yield and poll_oneoff do; sleeps are not
    // interrupted). Yield, then sleep 1 ms through poll_oneoff.
    (void)wasix::sched_yield();
    wasix::subscription_t sub = {};
    wasix::subscription_clock_t clk = {};
    clk.id = wasix::clockid_t::monotonic;
    clk.timeout = 1000000;
    sub.u = wasix::subscription_u_t::make_clock(clk);
    wasix::event_t ev = {};
    (void)wasix::poll_oneoff(&sub, &ev, 1);
}
