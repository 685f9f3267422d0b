// run_signals.cpp - see run_signals.hpp.
#include "__support/run_signals.hpp"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "__support/runner_dir.hpp"

namespace wasix_libc {
namespace {

constexpr char kRegistered[] = WASIX_RUNNER_DIR "/registered";
constexpr char kSignal[] = WASIX_RUNNER_DIR "/signal";
constexpr char kStatus[] = WASIX_RUNNER_DIR "/status";

// This process made kRegistered (it is pid 1 under wasix-run).
int g_registered;

// The runner's guest is the sandbox's first process.
bool is_first_process() { return getpid() == 1; }

// Runs f with errno kept: these calls happen inside other calls (the
// signal callback, exit, exec) whose errno the program reads.
template <class F>
void keeping_errno(F f) {
    const int saved = errno;
    f();
    errno = saved;
}

void write_file(const char* path, const char* text) {
    const int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return;
    (void)!write(fd, text, strlen(text));
    close(fd);
}

}  // namespace

void run_signals_registered() noexcept {
    keeping_errno([] {
        if (access(WASIX_RUNNER_DIR, F_OK) != 0 || !is_first_process()) return;
        write_file(kRegistered, "");
        __atomic_store_n(&g_registered, 1, __ATOMIC_RELAXED);
    });
}

int run_signals_take(int sig) noexcept {
    if (!__atomic_load_n(&g_registered, __ATOMIC_RELAXED)) return sig;
    keeping_errno([&sig] {
        const int fd = open(kSignal, O_RDONLY | O_CLOEXEC);
        if (fd < 0) return;
        char buf[16] = {};
        const ssize_t n = read(fd, buf, sizeof buf - 1);
        close(fd);
        unlink(kSignal);
        const int meant = n > 0 ? atoi(buf) : 0;
        if (meant > 0 && meant < _NSIG) sig = meant;
    });
    return sig;
}

void run_signals_exit(int status, int by_signal) noexcept {
    // Also when no signal was taken yet: one the runner sent may arrive
    // only as the process ends, and the runtime then reports 143.
    if (!__atomic_load_n(&g_registered, __ATOMIC_RELAXED)) return;
    // "exit N\n" or "signal N\n", N in 0..255 (an exit status is taken
    // modulo 256, as the runtime does). Formatted by hand: a program that
    // uses signals need not link printf.
    char text[16];
    const char* word = by_signal ? "signal " : "exit ";
    unsigned n = static_cast<unsigned>(by_signal ? by_signal : status) & 0xff;
    size_t len = strlen(word);
    memcpy(text, word, len);
    char digits[3];
    int nd = 0;
    do {
        digits[nd++] = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n);
    while (nd) text[len++] = digits[--nd];
    text[len++] = '\n';
    text[len] = '\0';
    keeping_errno([&text] { write_file(kStatus, text); });
}

void run_signals_before_exec() noexcept {
    if (!__atomic_load_n(&g_registered, __ATOMIC_RELAXED)) return;
    keeping_errno([] { unlink(kRegistered); });
}

void run_signals_exec_failed() noexcept {
    if (!__atomic_load_n(&g_registered, __ATOMIC_RELAXED)) return;
    keeping_errno([] { write_file(kRegistered, ""); });
}

void run_signals_after_fork() noexcept {
    __atomic_store_n(&g_registered, 0, __ATOMIC_RELAXED);
}

}  // namespace wasix_libc

// For _Exit and execve, which must not pull this file in by themselves.
extern "C" void __wasix_run_signals_exit(int status) { wasix_libc::run_signals_exit(status, 0); }
extern "C" void __wasix_run_signals_exec(int failed) {
    if (failed)
        wasix_libc::run_signals_exec_failed();
    else
        wasix_libc::run_signals_before_exec();
}
