/* sigqueue(): a signal queued to the own process reaches its SA_SIGINFO
 * handler with the value and SI_QUEUE; the null signal only checks the
 * pid; an invalid signal is EINVAL, an unknown pid ESRCH. */
#include <signal.h>

#include "check.h"

static volatile sig_atomic_t hits, code_queue, value;

static void on_usr1(int sig, siginfo_t *si, void *ctx) {
    (void)sig;
    (void)ctx;
    hits++;
    code_queue = si->si_code == SI_QUEUE;
    value = si->si_value.sival_int;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_usr1;
    sa.sa_flags = SA_SIGINFO;
    CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
    union sigval v;
    v.sival_int = 42;
    CALL("sigqueue.self", sigqueue(getpid(), SIGUSR1, v));
    for (int i = 0; i < 500 && !hits; i++) check_sleep_ms(2);
    RECORD("sigqueue.self.hits", "%d", (int)hits);
    RECORD("sigqueue.self.si_code", "%s", code_queue ? "SI_QUEUE" : "other");
    RECORD("sigqueue.self.value", "%d", (int)value);
    CALL("sigqueue.null_signal", sigqueue(getpid(), 0, v));
    CALL("sigqueue.invalid", sigqueue(getpid(), 1000, v));
    CALL("sigqueue.unknown_pid", sigqueue(0x7ffffff0, SIGUSR1, v));
    return check_done();
}
