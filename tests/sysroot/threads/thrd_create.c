/* C11 <threads.h>: thrd_create/thrd_join with result codes, thrd_current and
 * thrd_equal, thrd_exit, thrd_detach, thrd_sleep, thrd_yield; mtx_plain
 * counter, mtx_recursive nesting, mtx_timedlock timing out (thrd_timedout),
 * mtx_trylock thrd_busy; cnd_wait/cnd_broadcast hand-off, cnd_signal,
 * cnd_timedwait timing out; call_once; tss with destructors. */
#include <stdatomic.h>
#include <threads.h>

#include "check.h"

static const char *thrd_name(int r) {
    switch (r) {
    case thrd_success: return "thrd_success";
    case thrd_busy: return "thrd_busy";
    case thrd_error: return "thrd_error";
    case thrd_nomem: return "thrd_nomem";
    case thrd_timedout: return "thrd_timedout";
    default: return "other";
    }
}
static int record_thrd(const char *name, int r) {
    RECORD(name, "%s", thrd_name(r));
    return r;
}

static struct timespec deadline_in(long ms) {
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    return ts;
}

static mtx_t m;
static long counter;
static int add(void *arg) {
    for (int i = 0; i < 10000; i++) {
        mtx_lock(&m);
        counter++;
        mtx_unlock(&m);
    }
    return (int)(long)arg + 10;
}

static int exiter(void *arg) {
    (void)arg;
    thrd_exit(77);
}

static cnd_t cv;
static int box, box_full, box_done;
static long box_sum;
static int consumer(void *arg) {
    (void)arg;
    mtx_lock(&m);
    for (;;) {
        while (!box_full && !box_done) cnd_wait(&cv, &m);
        if (box_full) {
            box_sum += box;
            box_full = 0;
            cnd_broadcast(&cv);
            continue;
        }
        if (box_done) break;
    }
    mtx_unlock(&m);
    return 0;
}

static once_flag once = ONCE_FLAG_INIT;
static atomic_int once_calls;
static void once_fn(void) { atomic_fetch_add(&once_calls, 1); }

static tss_t key;
static atomic_int tss_dtors, tss_bad;
static void tss_dtor(void *p) {
    (void)p;
    atomic_fetch_add(&tss_dtors, 1);
}
static int tss_user(void *arg) {
    call_once(&once, once_fn);
    if (tss_get(key) != NULL) atomic_fetch_add(&tss_bad, 1);
    if (tss_set(key, arg) != thrd_success) atomic_fetch_add(&tss_bad, 1);
    thrd_yield();
    if (tss_get(key) != arg) atomic_fetch_add(&tss_bad, 1);
    return 0;
}

static atomic_int detached_ran;
static int detached_fn(void *arg) {
    (void)arg;
    atomic_fetch_add(&detached_ran, 1);
    return 0;
}

static thrd_t main_thrd;
static int not_main(void *arg) {
    (void)arg;
    return !thrd_equal(thrd_current(), main_thrd);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    thrd_t t[4];
    int res;
    char name[32];
    main_thrd = thrd_current();
    CHECK(thrd_equal(main_thrd, thrd_current()));
    record_thrd("mtx_init.plain", mtx_init(&m, mtx_plain));
    for (long i = 0; i < 4; i++) {
        snprintf(name, sizeof name, "create.%ld", i);
        record_thrd(name, thrd_create(&t[i], add, (void *)i));
    }
    for (long i = 0; i < 4; i++) {
        res = -1;
        snprintf(name, sizeof name, "join.%ld", i);
        record_thrd(name, thrd_join(t[i], &res));
        snprintf(name, sizeof name, "join.%ld.result", i);
        RECORD(name, "%d", res);
    }
    RECORD("counter", "%ld", counter);
    CHECK(thrd_create(&t[0], exiter, NULL) == thrd_success);
    res = -1;
    CHECK(thrd_join(t[0], &res) == thrd_success);
    RECORD("thrd_exit.result", "%d", res);
    CHECK(thrd_create(&t[0], not_main, NULL) == thrd_success);
    res = -1;
    CHECK(thrd_join(t[0], &res) == thrd_success);
    RECORD("thread.is_not_main", "%d", res);

    mtx_t rm;
    record_thrd("mtx_init.recursive", mtx_init(&rm, mtx_plain | mtx_recursive));
    record_thrd("recursive.lock.1", mtx_lock(&rm));
    record_thrd("recursive.lock.2", mtx_lock(&rm));
    record_thrd("recursive.trylock.3", mtx_trylock(&rm));
    record_thrd("recursive.unlock.3", mtx_unlock(&rm));
    record_thrd("recursive.unlock.2", mtx_unlock(&rm));
    record_thrd("recursive.unlock.1", mtx_unlock(&rm));
    mtx_destroy(&rm);

    mtx_t tm;
    record_thrd("mtx_init.timed", mtx_init(&tm, mtx_timed));
    record_thrd("timed.lock", mtx_lock(&tm));
    record_thrd("timed.trylock.held", mtx_trylock(&tm));
    struct timespec ts = deadline_in(40);
    long long t0 = check_now_ms();
    record_thrd("timed.timedlock.held", mtx_timedlock(&tm, &ts));
    long long waited = check_now_ms() - t0;
    CHECK(waited >= 38);
    CHECK(waited < 20000);
    mtx_unlock(&tm);
    mtx_destroy(&tm);

    record_thrd("cnd_init", cnd_init(&cv));
    CHECK(thrd_create(&t[0], consumer, NULL) == thrd_success);
    for (int i = 1; i <= 100; i++) {
        mtx_lock(&m);
        while (box_full) cnd_wait(&cv, &m);
        box = i;
        box_full = 1;
        cnd_broadcast(&cv);
        mtx_unlock(&m);
    }
    mtx_lock(&m);
    while (box_full) cnd_wait(&cv, &m);
    box_done = 1;
    cnd_signal(&cv);
    mtx_unlock(&m);
    CHECK(thrd_join(t[0], NULL) == thrd_success);
    RECORD("handoff.sum", "%ld", box_sum);

    mtx_lock(&m);
    ts = deadline_in(40);
    t0 = check_now_ms();
    int r = thrd_success;
    for (int i = 0; i < 1000 && (r = cnd_timedwait(&cv, &m, &ts)) == thrd_success; i++) {
    }
    record_thrd("cnd_timedwait.nobody", r);
    CHECK(check_now_ms() - t0 >= 38);
    mtx_unlock(&m);

    record_thrd("tss_create", tss_create(&key, tss_dtor));
    for (long i = 0; i < 4; i++) CHECK(thrd_create(&t[i], tss_user, (void *)(i + 1)) == thrd_success);
    for (int i = 0; i < 4; i++) CHECK(thrd_join(t[i], NULL) == thrd_success);
    call_once(&once, once_fn);
    RECORD("call_once.calls", "%d", atomic_load(&once_calls));
    RECORD("tss.destructors", "%d", atomic_load(&tss_dtors));
    RECORD("tss.bad_values", "%d", atomic_load(&tss_bad));
    tss_delete(key);

    int detach_failed = 0;
    for (int i = 0; i < 5; i++) {
        thrd_t d;
        if (thrd_create(&d, detached_fn, NULL) != thrd_success || thrd_detach(d) != thrd_success) detach_failed++;
    }
    RECORD("thrd_detach.failed", "%d", detach_failed);
    int sleep_failed = 0;
    t0 = check_now_ms();
    while (atomic_load(&detached_ran) < 5 && check_now_ms() - t0 < 20000) {
        struct timespec d = {0, 1000000};
        if (thrd_sleep(&d, NULL) != 0) sleep_failed++;
    }
    RECORD("detached.ran", "%d", atomic_load(&detached_ran));
    RECORD("thrd_sleep.failed", "%d", sleep_failed);

    /* a thread that is joined while it still runs */
    thrd_t ct;
    res = 0;
    CHECK(thrd_create(&ct, add, (void *)32) == thrd_success);
    CHECK(thrd_join(ct, &res) == thrd_success);
    RECORD("join.running.result", "%d", res);
    cnd_destroy(&cv);
    mtx_destroy(&m);
    return check_done();
}
