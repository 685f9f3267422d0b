/* pthread_setname_np() and pthread_getname_np(): names of up to 15 bytes,
 * set for the calling and for another thread; ERANGE for a longer name or
 * a buffer under 16 bytes. */
#include <pthread.h>

#include "check.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int stop;

static void *idle(void *arg) {
    (void)arg;
    pthread_mutex_lock(&lock);
    while (!stop) pthread_cond_wait(&cond, &lock);
    pthread_mutex_unlock(&lock);
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    char buf[32];
    RECORD("set.self", "%d", pthread_setname_np(pthread_self(), "main-worker"));
    RECORD("get.self", "%d", pthread_getname_np(pthread_self(), buf, sizeof buf));
    RECORD("get.self.name", "%s", buf);
    RECORD("set.15", "%d", pthread_setname_np(pthread_self(), "fifteen-bytes!!"));
    RECORD("get.15", "%d %s", pthread_getname_np(pthread_self(), buf, 16), buf);
    RECORD("set.16", "%s", check_errno_name(pthread_setname_np(pthread_self(), "sixteen-bytes!!!")));
    RECORD("get.after_16", "%d %s", pthread_getname_np(pthread_self(), buf, sizeof buf), buf);
    RECORD("get.small", "%s", check_errno_name(pthread_getname_np(pthread_self(), buf, 15)));
    pthread_t t;
    CHECK(pthread_create(&t, NULL, idle, NULL) == 0);
    RECORD("set.other", "%d", pthread_setname_np(t, "other"));
    RECORD("get.other", "%d", pthread_getname_np(t, buf, sizeof buf));
    RECORD("get.other.name", "%s", buf);
    pthread_mutex_lock(&lock);
    stop = 1;
    pthread_cond_broadcast(&cond);
    pthread_mutex_unlock(&lock);
    pthread_join(t, NULL);
    return check_done();
}
