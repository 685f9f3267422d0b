/* kill(): signal 0 probes whether a process exists (the caller, a running
 * child, an exited but unreaped child, the parent: yes; a reaped child or
 * an unknown pid: ESRCH); bad signals; SIGTERM ends a child blocked in
 * pause(), sleeping or reading (bounded: a child still running after the
 * deadline is recorded as such and killed); a handler that exits chooses
 * the status. SIGKILL is not sent on purpose: under WASIX, wasix-run often
 * does not exit after a child was ended by it (QUIRKS.md, "exit
 * statuses"). */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

/* A pid no process has: above Linux's largest pid_max (2^22). */
#define NO_SUCH_PID 2000000000

static const char *status_text(int st) {
    static char buf[48];
    if (WIFEXITED(st)) snprintf(buf, sizeof buf, "exited %d", WEXITSTATUS(st));
    else if (WIFSIGNALED(st)) snprintf(buf, sizeof buf, "signaled %d", WTERMSIG(st));
    else snprintf(buf, sizeof buf, "status %#x", st);
    return buf;
}

/* waitpid(pid, WNOHANG) until it reports something or ms have passed (then 0). */
static pid_t wait_bounded(pid_t pid, int *st, long ms) {
    long long end = check_now_ms() + ms;
    for (;;) {
        pid_t r = waitpid(pid, st, WNOHANG);
        if (r != 0 || check_now_ms() >= end) return r;
        check_sleep_ms(20);
    }
}

static void on_term_exit(int sig) {
    (void)sig;
    _exit(7);
}

static volatile sig_atomic_t got_usr1;
static void on_usr1(int sig) {
    got_usr1 = sig;
}

enum how { IN_PAUSE, SLEEPING, READING };

/* The child's wait: pause() (returning when a handler ran), short sleeps,
 * or a read from a pipe nobody writes. */
static void wait_for_signal(enum how how, int idle_fd) {
    for (;;) {
        errno = 0;
        int r = 0;
        char c;
        if (how == IN_PAUSE) r = pause();
        else if (how == SLEEPING) check_sleep_ms(10);
        else r = (int)read(idle_fd, &c, 1);
        if (got_usr1) {
            RECORD("pause.after_usr1", "%d %s", r, check_errno_name(errno));
            _exit(3);
        }
    }
}

/* A child that says it is ready on a pipe, then waits as how says; with
 * handle set it first installs handle for sig. *wake is the write end of
 * the pipe a READING child reads. */
static pid_t child_waiting(enum how how, int sig, void (*handle)(int), int *wake) {
    int p[2], idle[2];
    CHECK(pipe(p) == 0);
    CHECK(pipe(idle) == 0);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        if (handle) {
            struct sigaction sa;
            memset(&sa, 0, sizeof sa);
            sa.sa_handler = handle;
            sigaction(sig, &sa, NULL);
        }
        (void)!write(p[1], "r", 1);
        wait_for_signal(how, idle[0]);
    }
    char c;
    CHECK(read(p[0], &c, 1) == 1);
    close(p[0]);
    close(p[1]);
    close(idle[0]);
    *wake = idle[1];
    check_sleep_ms(200);  /* into its wait */
    return pid;
}

/* Sends sig to a waiting child and records whether it ended within the
 * deadline and how it ended. A reading child that is still running is
 * woken by a byte to read before its status is taken. */
static void end_child(const char *name, enum how how, int sig, void (*handle)(int)) {
    char key[64];
    int wake = -1;
    pid_t pid = child_waiting(how, sig, handle, &wake);
    snprintf(key, sizeof key, "%s.kill", name);
    CALL(key, kill(pid, sig));
    int st = 0;
    pid_t r = wait_bounded(pid, &st, how == READING ? 5000 : 20000);
    snprintf(key, sizeof key, "%s.ended", name);
    RECORD(key, "%s", r == pid ? "yes" : "no");
    if (r == 0 && how == READING) {
        CHECK(write(wake, "x", 1) == 1);
        r = wait_bounded(pid, &st, 20000);
    }
    close(wake);
    if (r == 0) {
        kill(pid, SIGKILL);
        waitpid(pid, &st, 0);
        return;
    }
    snprintf(key, sizeof key, "%s.status", name);
    RECORD(key, "%s", status_text(st));
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int st = 0;

    CALL("kill.self.0", kill(getpid(), 0));
    CALL("kill.group.0", kill(0, 0));
    CALL("kill.self.bad_sig", kill(getpid(), 1000));
    CALL("kill.self.negative_sig", kill(getpid(), -1));
    CALL("kill.unknown.0", kill(NO_SUCH_PID, 0));
    CALL("kill.unknown.term", kill(NO_SUCH_PID, SIGTERM));

    /* running, exited (unreaped), reaped */
    int p[2];
    CHECK(pipe(p) == 0);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char c;
        close(p[1]);
        CALL("kill.parent.0", kill(getppid(), 0));
        (void)!read(p[0], &c, 1);
        _exit(0);
    }
    close(p[0]);
    CALL("kill.child.0", kill(pid, 0));
    CALL("kill.child.bad_sig", kill(pid, 1000));
    CHECK(write(p[1], "x", 1) == 1);
    close(p[1]);
    check_sleep_ms(500);  /* the child has exited; nobody reaped it */
    CALL("kill.zombie.0", kill(pid, 0));
    CHECK(wait_bounded(pid, &st, 20000) == pid);
    CALL("kill.reaped.0", kill(pid, 0));
    CALL("kill.reaped.term", kill(pid, SIGTERM));
    CALL("kill.reaped.usr1", kill(pid, SIGUSR1));

    /* ending a waiting child */
    end_child("term.pause", IN_PAUSE, SIGTERM, NULL);
    end_child("term.handler", IN_PAUSE, SIGTERM, on_term_exit);
    end_child("usr1.handler", IN_PAUSE, SIGUSR1, on_usr1);
    /* a child that never asked for signals */
    end_child("term.sleeping", SLEEPING, SIGTERM, NULL);
    end_child("term.reading", READING, SIGTERM, NULL);

    CALL("waitpid.end", waitpid(-1, &st, WNOHANG));
    return check_done();
}
