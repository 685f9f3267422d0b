/* sigwait(): takes a blocked signal without running a handler; the signal
 * comes from a child process (kill of the parent) or is already pending;
 * an empty result set is not possible, a bad set member is ignored. */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static volatile sig_atomic_t hits;
static void on_usr2(int sig) { (void)sig; hits++; }

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(signal(SIGUSR2, on_usr2) != SIG_ERR);
    sigset_t w;
    sigemptyset(&w);
    sigaddset(&w, SIGUSR2);
    CHECK(sigprocmask(SIG_BLOCK, &w, 0) == 0);

    /* from a child */
    pid_t parent = getpid();
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) _exit(kill(parent, SIGUSR2) == 0 ? 0 : 1);
    int sig = 0;
    CALL("sigwait.from_child", sigwait(&w, &sig));
    RECORD("sigwait.from_child.sig", "%s", sig == SIGUSR2 ? "SIGUSR2" : "other");
    RECORD("sigwait.from_child.handler_ran", "%d", (int)hits);
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid);
    RECORD("child.status", "exited=%d code=%d", WIFEXITED(status), WEXITSTATUS(status));

    /* already pending */
    CALL("raise.pending", raise(SIGUSR2));
    sig = 0;
    CALL("sigwait.pending", sigwait(&w, &sig));
    RECORD("sigwait.pending.sig", "%s", sig == SIGUSR2 ? "SIGUSR2" : "other");
    sigset_t pend;
    sigpending(&pend);
    RECORD("after.pending", "%d", sigismember(&pend, SIGUSR2));
    RECORD("after.handler_ran", "%d", (int)hits);
    return check_done();
}
