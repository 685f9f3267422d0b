// signal_impl.hpp - the SDK's signal state, shared by the files in
// sysroot/src/signal/ and the process calls that wait for signals.
//
// How delivery works: the first sigaction()/signal() call registers the
// exported function __wasix_signal (signal_callback.cpp) with callback_signal. The
// runtime calls it, on the thread that makes a system call, for each signal
// that arrives (kill from another process, proc_raise_interval timers,
// thread_signal). raise() and kill() to the own process dispatch directly.
// Dispatch holds a blocked signal as pending; unblocking (sigprocmask,
// sigsuspend, the end of a handler) delivers what is pending.
//
// The mask is per process, not per thread: pthread_sigmask is sigprocmask.
#pragma once
#include <signal.h>
#include <stddef.h>
#include <stdint.h>

namespace wasix_signal {

inline uint64_t bit(int sig) { return uint64_t{1} << (sig - 1); }
inline bool valid(int sig) { return sig >= 1 && sig < _NSIG; }

uint64_t to_bits(const sigset_t* set);
void from_bits(uint64_t bits, sigset_t* set);

// Block (SIG_BLOCK) or unblock (SIG_UNBLOCK) the one signal sig; 0 or an
// errno value (sighold, sigrelse, sigset).
int mask_one(int how, int sig);

}  // namespace wasix_signal

extern "C" {
// The installed actions, indexed by signal number.
extern struct sigaction __wasix_sigactions[_NSIG];
// Blocked and pending signals (bit sig-1); accessed atomically.
extern uint64_t __wasix_sigmask;
extern uint64_t __wasix_sigpending;
// Number of handlers that have run (sigsuspend/pause wait for it to move).
extern uint32_t __wasix_sigdelivered;

// Mark SIG_IGN the signals the runtime says were ignored when the program
// was spawned (once per program, before the table of actions is first
// used: sig_inherit.cpp).
void __wasix_signal_inherit(void);
// Writes the variable that tells a program started by exec which signals
// are ignored here ("WASIX_SIG_IGN=…", sig_inherit.cpp) into buf; returns
// its length, 0 when none is ignored (or buf is too small).
int __wasix_signal_exec_env(char* buf, size_t size);
// Register the runtime callback (once; again in a forked child).
void __wasix_signal_register(void);
// Whether the process registered it (1) or not (0).
int __wasix_signal_registered(void);
void __wasix_signal_after_fork(void);
// Deliver sig now, or mark it pending if blocked.
void __wasix_signal_dispatch(int sig);
// Like __wasix_signal_dispatch, for a signal that carries a si_code and a
// value (timers): a SA_SIGINFO handler sees them, also when the signal was
// pending first.
void __wasix_signal_dispatch_value(int sig, int code, union sigval value);
// Deliver every pending signal that is no longer blocked.
void __wasix_signal_flush(void);
// Change the mask like sigprocmask and deliver what got unblocked.
int __wasix_sigmask_change(int how, const sigset_t* set, sigset_t* old);
// Sleep briefly in the runtime, so it can deliver signals.
void __wasix_signal_poll(void);
}
