/* getcontext(): saves the signal mask with the context; a switch back to a
 * context saved in the running one returns to the getcontext on Linux,
 * which WASIX cannot do (known difference). */
#include <signal.h>
#include <ucontext.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR2);
    sigprocmask(SIG_BLOCK, &block, NULL);

    ucontext_t uc;
    CALL("getcontext", getcontext(&uc));
    RECORD("mask.saved", "%s", sigismember(&uc.uc_sigmask, SIGUSR2) ? "blocked" : "open");
    RECORD("mask.other", "%s", sigismember(&uc.uc_sigmask, SIGUSR1) ? "blocked" : "open");

    volatile int passes = 0;
    ucontext_t back;
    /* not CALL: on Linux this line runs twice */
    CHECK(getcontext(&back) == 0);
    if (++passes == 1) {
        int r = setcontext(&back);
        RECORD("setcontext.back", "failed %d %s", r, check_errno_name(errno));
    } else {
        RECORD("setcontext.back", "returned to getcontext, pass %d", passes);
    }
    return check_done();
}
