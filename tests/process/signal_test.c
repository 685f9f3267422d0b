/* signal_test.c - sigaction/signal/raise/kill, sigprocmask deferring
 * delivery until unblock, sigpending, SA_RESETHAND, SA_SIGINFO, alarm,
 * setitimer/getitimer, sigsuspend (EINTR), sigwait, a signal from a child
 * process (proc_signal), SIGCHLD ignored by default. */
#include <signal.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static volatile sig_atomic_t hits[_NSIG];
static volatile sig_atomic_t last_info_signo;
static volatile sig_atomic_t blocked_inside;

static void on_signal(int sig) {
    hits[sig]++;
    sigset_t cur;
    sigprocmask(SIG_BLOCK, 0, &cur);
    blocked_inside = sigismember(&cur, sig);
}

static void on_info(int sig, siginfo_t *info, void *ctx) {
    (void)ctx;
    hits[sig]++;
    last_info_signo = info->si_signo;
}

static long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

/* Make system calls until hits[sig] reaches n or ms milliseconds pass. */
static int wait_for(int sig, int n, int ms) {
    long long end = now_ms() + ms;
    while (hits[sig] < n && now_ms() < end) {
        struct timespec ts = {0, 2000000};
        nanosleep(&ts, 0);
    }
    return hits[sig] >= n;
}

int main(void) {
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    CHECK(sigaction(SIGUSR1, &sa, &old) == 0);
    CHECK(old.sa_handler == SIG_DFL);
    CHECK(sigaction(SIGKILL, &sa, 0) == -1 && errno == EINVAL);
    CHECK(sigaction(0, &sa, 0) == -1 && errno == EINVAL);

    /* raise and kill(getpid()) run the handler before returning, with the
     * signal blocked inside */
    CHECK(raise(SIGUSR1) == 0 && hits[SIGUSR1] == 1);
    CHECK(blocked_inside == 1);
    CHECK(kill(getpid(), SIGUSR1) == 0 && hits[SIGUSR1] == 2);
    CHECK(kill(getpid(), 0) == 0);

    /* signal() returns the previous handler; SIG_IGN discards */
    CHECK(signal(SIGUSR2, on_signal) == SIG_DFL);
    CHECK(signal(SIGUSR2, SIG_IGN) == on_signal);
    CHECK(raise(SIGUSR2) == 0 && hits[SIGUSR2] == 0);
    CHECK(signal(SIGUSR2, on_signal) == SIG_IGN);
    CHECK(SIG_IGN != SIG_ERR && SIG_IGN != SIG_DFL && SIG_ERR != SIG_DFL);

    /* sigprocmask defers delivery until unblock */
    sigset_t set, pend;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    CHECK(sigprocmask(SIG_BLOCK, &set, 0) == 0);
    CHECK(raise(SIGUSR1) == 0);
    CHECK(hits[SIGUSR1] == 2);
    CHECK(sigpending(&pend) == 0 && sigismember(&pend, SIGUSR1) == 1);
    CHECK(sigprocmask(SIG_UNBLOCK, &set, 0) == 0);
    CHECK(hits[SIGUSR1] == 3);
    CHECK(sigpending(&pend) == 0 && sigismember(&pend, SIGUSR1) == 0);
    /* pthread_sigmask returns an error number instead of setting errno */
    CHECK(pthread_sigmask(99, &set, 0) == EINVAL);

    /* SA_SIGINFO and SA_RESETHAND */
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_info;
    sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
    CHECK(sigaction(SIGHUP, &sa, 0) == 0);
    CHECK(raise(SIGHUP) == 0 && hits[SIGHUP] == 1 && last_info_signo == SIGHUP);
    CHECK(sigaction(SIGHUP, 0, &old) == 0 && old.sa_handler == SIG_DFL);

    /* the default action of SIGCHLD is to ignore */
    CHECK(raise(SIGCHLD) == 0);

    /* alarm fires (delivered at a later system call) */
    CHECK(signal(SIGALRM, on_signal) == SIG_DFL);
    CHECK(alarm(1) == 0);
    CHECK(alarm(1) == 1); /* re-arm: about one second was left */
    CHECK(wait_for(SIGALRM, 1, 5000));
    CHECK(alarm(0) == 0);

    /* setitimer/getitimer, one shot of 100 ms */
    struct itimerval it = {{0, 0}, {0, 100000}}, cur;
    CHECK(setitimer(ITIMER_REAL, &it, 0) == 0);
    CHECK(getitimer(ITIMER_REAL, &cur) == 0 && cur.it_value.tv_sec == 0 && cur.it_value.tv_usec > 0);
    CHECK(wait_for(SIGALRM, 2, 5000));
    CHECK(setitimer(ITIMER_VIRTUAL, &it, 0) == -1 && errno == EINVAL);
    /* one shot: no third alarm */
    wait_for(SIGALRM, 3, 300);
    CHECK(hits[SIGALRM] == 2);

    /* sigsuspend returns -1/EINTR after a handler ran */
    CHECK(sigprocmask(SIG_BLOCK, &set, 0) == 0);
    CHECK(raise(SIGUSR1) == 0);
    sigset_t none;
    sigemptyset(&none);
    int before = hits[SIGUSR1];
    CHECK(sigsuspend(&none) == -1 && errno == EINTR);
    CHECK(hits[SIGUSR1] == before + 1);

    /* a child signals its parent (proc_signal); the parent takes it with
     * sigwait while it is blocked */
    sigset_t w;
    sigemptyset(&w);
    sigaddset(&w, SIGUSR2);
    CHECK(sigprocmask(SIG_BLOCK, &w, 0) == 0);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0) _exit(kill(parent, SIGUSR2) == 0 ? 0 : 1);
    int sig = 0;
    CHECK(sigwait(&w, &sig) == 0 && sig == SIGUSR2);
    int status;
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);

    /* kill a child: it runs its handler for SIGTERM and exits with 5 */
    int ready[2];
    CHECK(pipe(ready) == 0);
    pid = fork();
    if (pid == 0) {
        signal(SIGTERM, on_signal);
        (void)!write(ready[1], "r", 1);
        if (wait_for(SIGTERM, 1, 10000)) _exit(5);
        _exit(6);
    }
    char c;
    CHECK(read(ready[0], &c, 1) == 1);
    CHECK(kill(pid, SIGTERM) == 0);
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 5);

    CHECK(kill(-1, SIGUSR1) == -1 && errno == EPERM);
    CHECK(kill(getpid(), 99) == -1 && errno == EINVAL);
    CHECK(strcmp(strsignal(SIGINT), "Interrupt") == 0);
    CHECK_DONE("signal_test");
}
