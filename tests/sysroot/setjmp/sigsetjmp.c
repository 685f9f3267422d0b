/* sigsetjmp()/siglongjmp(): with savemask 1 the mask of the sigsetjmp is
 * back after the jump; with 0 the mask stays as it was at siglongjmp; a
 * jump out of a signal handler. */
#include <setjmp.h>
#include <signal.h>

#include "check.h"

static sigjmp_buf from_handler;
static void on_usr1(int sig) {
    (void)sig;
    siglongjmp(from_handler, 3);
}

static int usr1_blocked(void) {
    sigset_t cur;
    sigprocmask(SIG_BLOCK, 0, &cur);
    return sigismember(&cur, SIGUSR1);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    sigjmp_buf senv;
    sigset_t set;
    sigemptyset(&set);
    CHECK(sigprocmask(SIG_SETMASK, &set, 0) == 0);
    sigaddset(&set, SIGUSR1);
    volatile int r = sigsetjmp(senv, 1);
    if (r == 0) {
        CHECK(sigprocmask(SIG_BLOCK, &set, 0) == 0);
        siglongjmp(senv, 1);
    }
    RECORD("savemask.result", "%d", r);
    RECORD("savemask.usr1_blocked", "%d", usr1_blocked());

    r = sigsetjmp(senv, 0);
    if (r == 0) {
        CHECK(sigprocmask(SIG_BLOCK, &set, 0) == 0);
        siglongjmp(senv, 2);
    }
    RECORD("nosave.result", "%d", r);
    RECORD("nosave.usr1_blocked", "%d", usr1_blocked());
    CHECK(sigprocmask(SIG_UNBLOCK, &set, 0) == 0);

    /* out of a handler: the signal blocked during the handler is unblocked
     * again by the saved mask */
    CHECK(signal(SIGUSR1, on_usr1) != SIG_ERR);
    r = sigsetjmp(from_handler, 1);
    if (r == 0) raise(SIGUSR1);
    RECORD("handler.result", "%d", r);
    RECORD("handler.usr1_blocked", "%d", usr1_blocked());
    return check_done();
}
