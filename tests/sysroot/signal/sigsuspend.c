/* sigsuspend(): a signal pending under the old mask and unblocked by the
 * given one runs its handler, and sigsuspend returns -1 EINTR with the old
 * mask back. */
#include <signal.h>

#include "check.h"

static volatile sig_atomic_t hits;
static void on_usr1(int sig) { (void)sig; hits++; }

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(signal(SIGUSR1, on_usr1) != SIG_ERR);
    sigset_t set, none, cur;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    CHECK(sigprocmask(SIG_BLOCK, &set, 0) == 0);
    CALL("raise.blocked", raise(SIGUSR1));
    RECORD("before.hits", "%d", (int)hits);
    sigemptyset(&none);
    CALL("sigsuspend", sigsuspend(&none));
    RECORD("after.hits", "%d", (int)hits);
    sigprocmask(SIG_BLOCK, NULL, &cur);
    RECORD("after.mask_restored", "%d", sigismember(&cur, SIGUSR1));
    return check_done();
}
