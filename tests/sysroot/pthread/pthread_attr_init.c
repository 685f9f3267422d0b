/* pthread_attr_init() and the attributes it starts: joinable with a
 * non-zero stack size; stack size and guard size round-trip, a stack size
 * below PTHREAD_STACK_MIN and an unknown detach state are EINVAL; a stack
 * given with pthread_attr_setstack is the one the thread runs on. */
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

static uintptr_t where_addr;
static void *where(void *arg) {
    volatile int local = 0;
    (void)arg;
    where_addr = (uintptr_t)&local;
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pthread_attr_t a;
    size_t s = 0, g = 1;
    int ds = -1;
    record_rc("init", pthread_attr_init(&a));
    record_rc("getstacksize.default", pthread_attr_getstacksize(&a, &s));
    RECORD("stacksize.default.nonzero", "%s", s > 0 ? "yes" : "no");
    record_rc("getdetachstate.default", pthread_attr_getdetachstate(&a, &ds));
    RECORD("detachstate.default", "%s", ds == PTHREAD_CREATE_JOINABLE ? "JOINABLE" : "other");
    record_rc("setstacksize.1m", pthread_attr_setstacksize(&a, 1024 * 1024));
    pthread_attr_getstacksize(&a, &s);
    RECORD("stacksize.after_set", "%zu", s);
    record_rc("setstacksize.below_min", pthread_attr_setstacksize(&a, PTHREAD_STACK_MIN - 1));
    pthread_attr_getstacksize(&a, &s);
    RECORD("stacksize.after_refused", "%zu", s);
    record_rc("setguardsize.8192", pthread_attr_setguardsize(&a, 8192));
    pthread_attr_getguardsize(&a, &g);
    RECORD("guardsize.after_set", "%zu", g);
    record_rc("setdetachstate.bad", pthread_attr_setdetachstate(&a, 12345));
    pthread_t t;
    record_rc("create.1m_stack", pthread_create(&t, &a, where, NULL));
    CHECK(pthread_join(t, NULL) == 0);
    record_rc("destroy", pthread_attr_destroy(&a));

    size_t ssize = 256 * 1024;
    unsigned char *stack = aligned_alloc(16, ssize);
    CHECK(stack != NULL);
    CHECK(pthread_attr_init(&a) == 0);
    record_rc("setstack", pthread_attr_setstack(&a, stack, ssize));
    void *got = NULL;
    size_t got_size = 0;
    record_rc("getstack", pthread_attr_getstack(&a, &got, &got_size));
    RECORD("getstack.same", "%s", got == stack && got_size == ssize ? "yes" : "no");
    where_addr = 0;
    record_rc("create.user_stack", pthread_create(&t, &a, where, NULL));
    CHECK(pthread_join(t, NULL) == 0);
    RECORD("user_stack.used", "%s",
           where_addr >= (uintptr_t)stack && where_addr < (uintptr_t)(stack + ssize) ? "yes" : "no");
    pthread_attr_destroy(&a);
    free(stack);
    return check_done();
}
