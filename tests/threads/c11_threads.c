/* c11_threads.c - C11 <threads.h>: thrd_create/join with result codes,
 * thrd_current/equal, thrd_exit, thrd_detach, thrd_sleep, thrd_yield;
 * mtx_plain counter, mtx_recursive nesting, mtx_timed timeout
 * (thrd_timedout), mtx_trylock thrd_busy; cnd_wait/cnd_signal hand-off,
 * cnd_broadcast, cnd_timedwait timeout; call_once; tss with destructors.
 * EXPECT: c11 counter=40000
 * EXPECT: c11 handoff sum=5050
 * EXPECT: c11 tss destructors=4
 * EXPECT: c11_threads: ok */
#include <threads.h>
#include <stdatomic.h>
#include "check.h"

static mtx_t m;
static long counter;
static int add(void *arg) {
    for (int i = 0; i < 10000; i++) { mtx_lock(&m); counter++; mtx_unlock(&m); }
    return (int)(long)arg + 10;
}
static int exiter(void *arg) { (void)arg; thrd_exit(77); return 0; }

static cnd_t cv; static int box, box_full, box_done; static long box_sum;
static int consumer(void *arg) {
    (void)arg;
    mtx_lock(&m);
    for (;;) {
        while (!box_full && !box_done) cnd_wait(&cv, &m);
        if (box_full) { box_sum += box; box_full = 0; cnd_broadcast(&cv); continue; }
        if (box_done) break;
    }
    mtx_unlock(&m);
    return 0;
}

static once_flag once = ONCE_FLAG_INIT; static atomic_int once_calls;
static void once_fn(void) { atomic_fetch_add(&once_calls, 1); }
static tss_t key; static atomic_int tss_dtors;
static void tss_dtor(void *p) { (void)p; atomic_fetch_add(&tss_dtors, 1); }
static int tss_user(void *arg) {
    call_once(&once, once_fn);
    CHECK(tss_get(key) == NULL);
    CHECK_EQ(tss_set(key, arg), thrd_success);
    thrd_yield();
    CHECK(tss_get(key) == arg);
    return 0;
}
static atomic_int detached_ran;
static int detached_fn(void *arg) { (void)arg; atomic_fetch_add(&detached_ran, 1); return 0; }
static thrd_t main_thrd;
static int not_main(void *arg) { (void)arg; return !thrd_equal(thrd_current(), main_thrd); }

int main(void) {
    thrd_t t[4]; int res;
    main_thrd = thrd_current();
    CHECK(thrd_equal(main_thrd, thrd_current()));
    CHECK_EQ(mtx_init(&m, mtx_plain), thrd_success);
    for (long i = 0; i < 4; i++) CHECK_EQ(thrd_create(&t[i], add, (void *)i), thrd_success);
    for (long i = 0; i < 4; i++) { res = -1; CHECK_EQ(thrd_join(t[i], &res), thrd_success); CHECK_EQ(res, i + 10); }
    printf("c11 counter=%ld\n", counter);
    CHECK_EQ(counter, 40000);
    CHECK_EQ(thrd_create(&t[0], exiter, NULL), thrd_success);
    thrd_join(t[0], &res); CHECK_EQ(res, 77);
    CHECK_EQ(thrd_create(&t[0], not_main, NULL), thrd_success);
    thrd_join(t[0], &res); CHECK_EQ(res, 1);

    mtx_t rm;
    CHECK_EQ(mtx_init(&rm, mtx_plain | mtx_recursive), thrd_success);
    CHECK_EQ(mtx_lock(&rm), thrd_success); CHECK_EQ(mtx_lock(&rm), thrd_success);
    CHECK_EQ(mtx_trylock(&rm), thrd_success);
    mtx_unlock(&rm); mtx_unlock(&rm); mtx_unlock(&rm);
    mtx_destroy(&rm);

    mtx_t tm;
    CHECK_EQ(mtx_init(&tm, mtx_timed), thrd_success);
    CHECK_EQ(mtx_lock(&tm), thrd_success);
    CHECK_EQ(mtx_trylock(&tm), thrd_busy);
    struct timespec ts = deadline_in(CLOCK_REALTIME, 40);
    double t0 = now_ms();
    CHECK_EQ(mtx_timedlock(&tm, &ts), thrd_timedout);
    CHECK(now_ms() - t0 >= 38);
    mtx_unlock(&tm);
    mtx_destroy(&tm);

    CHECK_EQ(cnd_init(&cv), thrd_success);
    CHECK_EQ(thrd_create(&t[0], consumer, NULL), thrd_success);
    for (int i = 1; i <= 100; i++) {
        mtx_lock(&m);
        while (box_full) cnd_wait(&cv, &m);
        box = i; box_full = 1; cnd_broadcast(&cv);
        mtx_unlock(&m);
    }
    mtx_lock(&m); while (box_full) cnd_wait(&cv, &m); box_done = 1; cnd_signal(&cv); mtx_unlock(&m);
    thrd_join(t[0], NULL);
    printf("c11 handoff sum=%ld\n", box_sum);
    CHECK_EQ(box_sum, 5050);
    mtx_lock(&m);
    ts = deadline_in(CLOCK_REALTIME, 40);
    int r;
    do r = cnd_timedwait(&cv, &m, &ts); while (r == thrd_success);
    CHECK_EQ(r, thrd_timedout);
    mtx_unlock(&m);

    CHECK_EQ(tss_create(&key, tss_dtor), thrd_success);
    for (long i = 0; i < 4; i++) CHECK_EQ(thrd_create(&t[i], tss_user, (void *)(i + 1)), thrd_success);
    for (int i = 0; i < 4; i++) thrd_join(t[i], NULL);
    call_once(&once, once_fn);
    CHECK_EQ(atomic_load(&once_calls), 1);
    printf("c11 tss destructors=%d\n", atomic_load(&tss_dtors));
    CHECK_EQ(atomic_load(&tss_dtors), 4);
    tss_delete(key);

    for (int i = 0; i < 5; i++) { thrd_t d; CHECK_EQ(thrd_create(&d, detached_fn, NULL), thrd_success); CHECK_EQ(thrd_detach(d), thrd_success); }
    t0 = now_ms();
    while (atomic_load(&detached_ran) < 5 && now_ms() - t0 < 20000) {
        struct timespec d = {0, 1000000};
        CHECK_EQ(thrd_sleep(&d, NULL), 0);
    }
    CHECK_EQ(atomic_load(&detached_ran), 5);
    cnd_destroy(&cv); mtx_destroy(&m);
    return FINISH("c11_threads");
}
