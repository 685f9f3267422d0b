/* pthread_kill(): to the calling thread it behaves like raise (the handler
 * has run when it returns); signal 0 checks the thread; a bad signal number
 * is returned as EINVAL (not put in errno); a signal for another thread
 * runs the handler in that thread. */
#include <pthread.h>
#include <signal.h>

#include "check.h"

static volatile sig_atomic_t got;
static volatile pthread_t handled_by;
static void on_usr1(int sig) {
    got = sig;
    handled_by = pthread_self();
}

static volatile int stop;
static void *idle(void *arg) {
    (void)arg;
    for (int i = 0; !got && i < 5000; ++i) check_sleep_ms(1);
    while (!stop) check_sleep_ms(1);
    return 0;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(signal(SIGUSR1, on_usr1) != SIG_ERR);
    RECORD("pthread_kill.self", "%s", check_errno_name(pthread_kill(pthread_self(), SIGUSR1)));
    RECORD("pthread_kill.self.handled", "%s", got == SIGUSR1 ? "yes" : "no");
    RECORD("pthread_kill.self.0", "%s", check_errno_name(pthread_kill(pthread_self(), 0)));
    errno = 0;
    int bad = pthread_kill(pthread_self(), 200);
    RECORD("pthread_kill.bad_sig", "%s errno=%s", check_errno_name(bad), check_errno_name(errno));

    got = 0;
    pthread_t t;
    CHECK(pthread_create(&t, 0, idle, 0) == 0);
    RECORD("pthread_kill.other", "%s", check_errno_name(pthread_kill(t, SIGUSR1)));
    for (int i = 0; !got && i < 5000; ++i) check_sleep_ms(1);
    RECORD("pthread_kill.other.handled", "%s", got == SIGUSR1 ? "yes" : "no");
    RECORD("pthread_kill.other.in_thread", "%s", pthread_equal(handled_by, t) ? "yes" : "no");
    stop = 1;
    CHECK(pthread_join(t, 0) == 0);
    return check_done();
}
