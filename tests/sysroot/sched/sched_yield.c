/* sched_yield() succeeds, in the main thread and in another one. */
#include <pthread.h>
#include <sched.h>

#include "check.h"

static void *yield(void *arg) {
    (void)arg;
    return (void *)(long)sched_yield();
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CALL("sched_yield", sched_yield());
    pthread_t t;
    void *r = (void *)-2;
    CHECK(pthread_create(&t, 0, yield, 0) == 0);
    CHECK(pthread_join(t, &r) == 0);
    RECORD("sched_yield.thread", "%ld", (long)r);
    return check_done();
}
