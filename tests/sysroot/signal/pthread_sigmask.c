/* pthread_sigmask(): like sigprocmask for the calling thread, but errors are
 * returned, not put in errno; a mask set in one thread does not change
 * another's. */
#include <pthread.h>
#include <signal.h>

#include "check.h"

static void *other(void *arg) {
    sigset_t cur;
    pthread_sigmask(SIG_BLOCK, NULL, &cur);
    *(int *)arg = sigismember(&cur, SIGUSR2);
    return 0;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    sigset_t set, cur;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    errno = 0;
    int bad = pthread_sigmask(99, &set, 0);
    RECORD("pthread_sigmask.bad_how", "%s errno=%s", check_errno_name(bad), check_errno_name(errno));
    CALL("pthread_sigmask.block", pthread_sigmask(SIG_BLOCK, &set, 0));
    CALL("pthread_sigmask.query", pthread_sigmask(SIG_BLOCK, NULL, &cur));
    RECORD("blocked.usr1", "%d", sigismember(&cur, SIGUSR1));
    /* a new thread inherits the creator's mask at creation */
    int inherited = -1;
    pthread_t t;
    sigaddset(&set, SIGUSR2);
    CALL("pthread_sigmask.block_usr2", pthread_sigmask(SIG_BLOCK, &set, 0));
    CHECK(pthread_create(&t, 0, other, &inherited) == 0);
    CHECK(pthread_join(t, 0) == 0);
    RECORD("thread.inherits_usr2", "%d", inherited);
    CALL("pthread_sigmask.unblock", pthread_sigmask(SIG_UNBLOCK, &set, 0));
    CALL("pthread_sigmask.query.after", pthread_sigmask(SIG_BLOCK, NULL, &cur));
    RECORD("after.usr1", "%d", sigismember(&cur, SIGUSR1));
    return check_done();
}
