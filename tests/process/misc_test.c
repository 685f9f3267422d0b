/* misc_test.c - terminal calls (tcgetattr/tcsetattr, TIOCGWINSZ, ttyname,
 * isatty), getrlimit/setrlimit, clock_settime, process groups,
 * pthread_kill to the calling thread. The runtime decides what is a
 * terminal; the checks follow its answer. */
#include <pthread.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static volatile sig_atomic_t got;
static void on_usr1(int sig) { got = sig; }

int main(void) {
    /* terminals */
    if (isatty(1)) {
        struct winsize ws;
        CHECK(ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0);
        struct termios t, t2;
        CHECK(tcgetattr(1, &t) == 0);
        t2 = t;
        t2.c_lflag &= ~(tcflag_t)ECHO;
        CHECK(tcsetattr(1, TCSANOW, &t2) == 0);
        CHECK(tcgetattr(1, &t2) == 0 && !(t2.c_lflag & ECHO));
        CHECK(tcsetattr(1, TCSANOW, &t) == 0);
        CHECK(tcgetattr(1, &t2) == 0 && (t2.c_lflag & ECHO) == (t.c_lflag & ECHO));
        CHECK(ttyname(1) != NULL);
        CHECK(tcsetattr(1, 99, &t) == -1 && errno == EINVAL);
    } else {
        struct termios t;
        CHECK(tcgetattr(1, &t) == -1 && errno == ENOTTY);
        CHECK(ttyname(1) == NULL && errno == ENOTTY);
    }
    struct termios raw;
    memset(&raw, 0, sizeof raw);
    raw.c_lflag = ICANON | ECHO;
    cfmakeraw(&raw);
    CHECK(!(raw.c_lflag & (ICANON | ECHO)));
    CHECK(cfsetspeed(&raw, B9600) == 0 && cfgetospeed(&raw) == B9600 && cfgetispeed(&raw) == B9600);
    struct termios t;
    CHECK(tcgetattr(12345, &t) == -1 && errno == EBADF);

    /* resource limits */
    struct rlimit rl;
    CHECK(getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur == 1024);
    CHECK(getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur > 0);
    rl.rlim_cur = 256;
    rl.rlim_max = 512;
    CHECK(setrlimit(RLIMIT_NOFILE, &rl) == 0);
    CHECK(getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur == 256 && rl.rlim_max == 512);
    rl.rlim_max = 4096;
    CHECK(setrlimit(RLIMIT_NOFILE, &rl) == -1 && errno == EPERM);
    CHECK(getrlimit(99, &rl) == -1 && errno == EINVAL);

    /* clock_settime: the runtime may refuse, but arguments are checked */
    struct timespec bad = {0, 2000000000L};
    CHECK(clock_settime(CLOCK_REALTIME, &bad) == -1 && errno == EINVAL);

    /* process groups: each process leads its own */
    CHECK(getpgrp() == getpid() && getpgid(0) == getpid() && getsid(0) == getpid());
    CHECK(setpgid(0, 0) == 0);
    CHECK(setpgid(0, getpid() + 1) == -1 && errno == EPERM);

    /* pthread_kill to the calling thread behaves like raise */
    signal(SIGUSR1, on_usr1);
    CHECK(pthread_kill(pthread_self(), SIGUSR1) == 0 && got == SIGUSR1);
    CHECK(pthread_kill(pthread_self(), 0) == 0);
    CHECK(pthread_kill(pthread_self(), 200) == EINVAL);
    CHECK_DONE("misc_test");
}
