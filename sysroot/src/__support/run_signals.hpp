// run_signals.hpp - signals that wasix-run forwards to the program it runs.
//
// The runtime's embedding API can send a running guest one signal only:
// Process.terminate() delivers SIGTERM to the guest's first process (pid 1),
// and from then on the runtime reports the run as "terminated", exit status
// 143, whatever status the guest ends with (QUIRKS.md, "the runner can send
// only SIGTERM"). So that SIGINT, SIGTERM and SIGHUP sent to wasix-run reach
// the guest's handlers as themselves, with the guest's own exit status
// afterwards, the runner and the library share a directory in the guest's
// file system, /workspace/.wasix-run, which the runner creates before the guest starts:
//
//   registered  made by the library when pid 1 first registers its signal
//               callback (before that the runtime would drop the SIGTERM:
//               the runner then ends the guest itself, which is what the
//               default action of the three signals does); removed by exec,
//               since the new program registers for itself or not at all.
//   signal      the number of the signal the runner means, written before it
//               calls terminate(); the library reads and removes it when the
//               SIGTERM arrives and delivers that signal instead. A SIGTERM
//               that finds no file is a real one (kill from another process).
//   status      written by pid 1 as it ends, when it registered: "exit N"
//               (exit, _Exit, return from main) or "signal N" (a default
//               action); the runner reports it once it forwarded a signal.
//
// Only pid 1 takes part: a child gets its signals from its own processes.
#pragma once

namespace wasix_libc {

// The signal callback was registered (signal_callback.cpp).
void run_signals_registered() noexcept;

// A SIGTERM arrived through the callback: the signal wasix-run means by it.
int run_signals_take(int sig) noexcept;

// The process ends: with exit status status (by_signal == 0), or by the
// default action of signal by_signal.
void run_signals_exit(int status, int by_signal) noexcept;

// The process is about to exec another program; the exec failed and this
// program goes on.
void run_signals_before_exec() noexcept;
void run_signals_exec_failed() noexcept;

// In the child of fork: it is not pid 1.
void run_signals_after_fork() noexcept;

}  // namespace wasix_libc
