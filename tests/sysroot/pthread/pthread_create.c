/* pthread_create() and pthread_join(): results pass through join, threads
 * are told apart by pthread_self/pthread_equal, threads share the
 * descriptors (a file main opened is written by a thread), and 1000
 * create/join cycles
 * (default attributes, then 256 KiB stacks) do not grow memory: the heap top
 * (sbrk(0)) and, under WASIX, the linear memory size stay where they were
 * after a warm-up.
 *
 * Each thread starts as a new one even where the SDK runs it on the worker
 * of an ended thread (WASIX_THREAD_POOL): __thread variables hold their
 * initial values, thread-specific data is empty and its destructors run,
 * a mutex an ended thread left locked is not the new thread's (a fresh
 * thread id), the stack is as large as asked for (or the caller's own);
 * threads created one after another, several at once, detached and
 * joinable mixed. The same checks run again in a child started with
 * WASIX_THREAD_POOL=0 (no reuse) and with 1 (a pool smaller than the
 * threads at once), which return from main while workers are parked: the
 * parent sees them end. */
#include <pthread.h>
#include <spawn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

/* pthread functions return an error number: recorded as "ok" or its name. */
static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

static pthread_t main_self;
static int same_as_main;

static void *twice(void *arg) {
    if (pthread_equal(pthread_self(), main_self)) __atomic_fetch_add(&same_as_main, 1, __ATOMIC_SEQ_CST);
    return (void *)((intptr_t)arg * 2);
}

static void *next(void *arg) {
    if (pthread_equal(pthread_self(), main_self)) __atomic_fetch_add(&same_as_main, 1, __ATOMIC_SEQ_CST);
    return (void *)((uintptr_t)arg + 1);
}

static int shared_fd;
static void *writes_shared(void *arg) {
    (void)arg;
    CALL("thread.write.main_file", write(shared_fd, "thread\n", 7));
    return NULL;
}

static int cycles(const pthread_attr_t *attr, int n) {
    int bad = 0;
    for (int i = 0; i < n; i++) {
        pthread_t t;
        void *r = NULL;
        if (pthread_create(&t, attr, next, (void *)(uintptr_t)i) != 0) {
            bad++;
            continue;
        }
        if (pthread_join(t, &r) != 0 || r != (void *)(uintptr_t)(i + 1)) bad++;
    }
    return bad;
}

static size_t memory_pages(void) {
#ifdef __wasm__
    return __builtin_wasm_memory_size(0);
#else
    return 0; /* Linux maps thread stacks outside the heap: sbrk(0) is the measure */
#endif
}

static void measure(const char *label, const pthread_attr_t *attr) {
    char name[64];
    int bad = cycles(attr, 20); /* warm-up: the first allocations stay */
    uintptr_t heap0 = (uintptr_t)sbrk(0);
    size_t pages0 = memory_pages();
    bad += cycles(attr, 1000);
    uintptr_t heap1 = (uintptr_t)sbrk(0);
    size_t pages1 = memory_pages();
    snprintf(name, sizeof name, "cycles.%s.failed", label);
    RECORD(name, "%d", bad);
    snprintf(name, sizeof name, "cycles.%s.heap_growth", label);
    RECORD(name, "%ld", (long)(heap1 - heap0));
    CHECK(bad == 0);
    CHECK(heap1 == heap0);
    CHECK(pages1 == pages0);
}

/* ---- threads that run where an ended thread ran ---- */

static const char *prefix = "";
static void record_p(const char *name, long value) {
    char full[96];
    snprintf(full, sizeof full, "%s%s", prefix, name);
    RECORD(full, "%ld", value);
}

static __thread int tls_set = 7;
static __thread int tls_zero;
static int tls_fresh;
static void *uses_tls(void *arg) {
    if (tls_set == 7 && tls_zero == 0) __atomic_fetch_add(&tls_fresh, 1, __ATOMIC_SEQ_CST);
    tls_set = 99;
    tls_zero = 99;
    return arg;
}

static pthread_key_t key;
static int key_empty, key_dtors;
static void key_dtor(void *v) {
    if (v == (void *)&key_dtors) __atomic_fetch_add(&key_dtors, 1, __ATOMIC_SEQ_CST);
}
static void *uses_key(void *arg) {
    if (pthread_getspecific(key) == NULL) __atomic_fetch_add(&key_empty, 1, __ATOMIC_SEQ_CST);
    pthread_setspecific(key, &key_dtors);
    return arg;
}

/* A mutex owner is a thread id: what an ended thread left locked must not
 * belong to the thread that comes after it. */
static pthread_mutex_t left_ec, left_rec;
static void *locks_and_ends(void *arg) {
    pthread_mutex_lock(&left_ec);
    pthread_mutex_lock(&left_rec);
    return arg;
}
static int foreign[3];
static void *tries_foreign(void *arg) {
    foreign[0] = pthread_mutex_unlock(&left_ec);
    foreign[1] = pthread_mutex_trylock(&left_rec);
    foreign[2] = pthread_mutex_unlock(&left_rec);
    return arg;
}

/* 1 if the stack reported for the thread holds size_t arg bytes and a
 * buffer of 3/4 of that on its stack lies inside it. */
static void *uses_stack(void *arg) {
    size_t want = (size_t)arg, size = 0;
    void *low = NULL;
    pthread_attr_t a;
    if (pthread_getattr_np(pthread_self(), &a) != 0) return NULL;
    pthread_attr_getstack(&a, &low, &size);
    pthread_attr_destroy(&a);
    volatile char big[want * 3 / 4];
    memset((char *)big, 1, sizeof big);
    const char *b = (const char *)big;
    return (void *)(uintptr_t)(size >= want && b >= (char *)low && b + sizeof big <= (char *)low + size);
}

static int detached_done;
static void *detached_end(void *arg) {
    __atomic_fetch_add(&detached_done, 1, __ATOMIC_SEQ_CST);
    return arg;
}

static long create_join(void *(*fn)(void *), const pthread_attr_t *attr, long arg) {
    pthread_t t;
    void *r = NULL;
    if (pthread_create(&t, attr, fn, (void *)arg) != 0) return -1;
    if (pthread_join(t, &r) != 0) return -2;
    return (long)r;
}

static void reuse_checks(void) {
    long sum = 0;
    for (long i = 0; i < 12; i++) sum += create_join(uses_tls, NULL, i);
    record_p("tls.results_sum", sum);
    record_p("tls.fresh_of_12", tls_fresh);

    CHECK(pthread_key_create(&key, key_dtor) == 0);
    for (long i = 0; i < 6; i++) create_join(uses_key, NULL, i);
    record_p("key.empty_at_start_of_6", key_empty);
    record_p("key.destructors_of_6", key_dtors);
    pthread_key_delete(key);

    pthread_mutexattr_t ma;
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&left_ec, &ma);
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&left_rec, &ma);
    pthread_mutexattr_destroy(&ma);
    create_join(locks_and_ends, NULL, 0);
    create_join(tries_foreign, NULL, 0);
    char name[64];
    const char *what[3] = {"ended_owner.errorcheck.unlock", "ended_owner.recursive.trylock",
                           "ended_owner.recursive.unlock"};
    for (int i = 0; i < 3; i++) {
        snprintf(name, sizeof name, "%s%s", prefix, what[i]);
        record_rc(name, foreign[i]);
    }

    /* several at once, three rounds */
    sum = 0;
    for (int round = 0; round < 3; round++) {
        pthread_t t[6];
        int made = 0;
        for (long i = 0; i < 6; i++) made += pthread_create(&t[i], NULL, uses_tls, (void *)(i * 3)) == 0;
        for (int i = 0; i < 6; i++) {
            void *r = NULL;
            if (i < made && pthread_join(t[i], &r) == 0) sum += (long)r;
        }
    }
    record_p("concurrent.results_sum", sum);
    record_p("tls.fresh_of_30", tls_fresh);

    /* detached and joinable mixed */
    pthread_attr_t det;
    pthread_attr_init(&det);
    pthread_attr_setdetachstate(&det, PTHREAD_CREATE_DETACHED);
    sum = 0;
    for (int round = 0; round < 2; round++) {
        pthread_t t[3];
        for (long i = 0; i < 3; i++) {
            pthread_t d;
            CHECK(pthread_create(&d, &det, detached_end, NULL) == 0);
            CHECK(pthread_create(&t[i], NULL, uses_tls, (void *)(i + 1)) == 0);
        }
        for (int i = 0; i < 3; i++) {
            void *r = NULL;
            if (pthread_join(t[i], &r) == 0) sum += (long)r;
        }
    }
    pthread_attr_destroy(&det);
    for (int i = 0; i < 2000 && __atomic_load_n(&detached_done, __ATOMIC_SEQ_CST) < 6; i++) check_sleep_ms(5);
    record_p("mixed.joined_sum", sum);
    record_p("mixed.detached_done_of_6", __atomic_load_n(&detached_done, __ATOMIC_SEQ_CST));
    record_p("tls.fresh_of_36", tls_fresh);

    /* a large stack after small ones ended, a small one after the large */
    pthread_attr_t big;
    pthread_attr_init(&big);
    pthread_attr_setstacksize(&big, 1024 * 1024);
    record_p("stack.1m_after_default", create_join(uses_stack, &big, 1024 * 1024));
    record_p("stack.64k_after_1m", create_join(uses_stack, NULL, 64 * 1024));
    pthread_attr_destroy(&big);
    /* the caller's own stack, twice from the same memory */
    size_t own_size = 256 * 1024;
    void *own = aligned_alloc(4096, own_size);
    CHECK(own != NULL);
    pthread_attr_t mine;
    pthread_attr_init(&mine);
    pthread_attr_setstack(&mine, own, own_size);
    record_p("stack.own.first", create_join(uses_stack, &mine, 128 * 1024));
    record_p("stack.own.second", create_join(uses_stack, &mine, 128 * 1024));
    /* three quarters of it: the stack check (stack_guard.s) lets the thread
     * use its whole stack */
    record_p("stack.own.three_quarters", create_join(uses_stack, &mine, (long)own_size));
    pthread_attr_destroy(&mine);
    free(own);
}

/* Runs the reuse checks in a child with WASIX_THREAD_POOL=pool; the child
 * records on the same stdout and returns from main, workers still parked. */
static void child_run(const char *pool) {
    char env_pool[64], *env[] = {env_pool, NULL};
    snprintf(env_pool, sizeof env_pool, "WASIX_THREAD_POOL=%s", pool);
    char *args[] = {(char *)check_self(), "--child", (char *)pool, NULL};
    char name[64];
    pid_t pid = -1;
    fflush(stdout);
    int err = posix_spawn(&pid, check_self(), NULL, NULL, args, env);
    snprintf(name, sizeof name, "pool_%s.spawn", pool);
    record_rc(name, err);
    if (err) return;
    int st = 0;
    snprintf(name, sizeof name, "pool_%s.waitpid", pool);
    RECORD(name, "%s", waitpid(pid, &st, 0) == pid ? "ok" : check_errno_name(errno));
    snprintf(name, sizeof name, "pool_%s.status", pool);
    RECORD(name, "exited=%d code=%d", WIFEXITED(st), WEXITSTATUS(st));
}

int main(int argc, char **argv) {
    if (argc > 2 && strcmp(argv[1], "--child") == 0) {
        char p[64];
        snprintf(p, sizeof p, "pool_%s.", argv[2]);
        prefix = p;
        reuse_checks();
        fflush(stdout);
        return check_failures ? 1 : 0;
    }
    const char *dir = check_scratch(argc, argv);
    main_self = pthread_self();
    CHECK(pthread_equal(main_self, pthread_self()));

    /* four threads, each result twice its argument: 2 * (1+2+3+4) */
    pthread_t t[4];
    long sum = 0;
    char name[32];
    for (long i = 0; i < 4; i++) {
        snprintf(name, sizeof name, "create.%ld", i);
        record_rc(name, pthread_create(&t[i], NULL, twice, (void *)(i + 1)));
    }
    for (int i = 0; i < 4; i++) {
        void *r = NULL;
        snprintf(name, sizeof name, "join.%d", i);
        if (record_rc(name, pthread_join(t[i], &r)) == 0) sum += (long)r;
    }
    RECORD("join.results.sum", "%ld", sum);
    CHECK(sum == 20);
    /* distinct threads have distinct ids */
    CHECK(pthread_create(&t[0], NULL, twice, NULL) == 0);
    CHECK(pthread_create(&t[1], NULL, twice, NULL) == 0);
    RECORD("self.two_threads.equal", "%s", pthread_equal(t[0], t[1]) ? "yes" : "no");
    CHECK(pthread_join(t[0], NULL) == 0);
    CHECK(pthread_join(t[1], NULL) == 0);

    char path[512], buf[64];
    snprintf(path, sizeof path, "%s/shared.txt", dir);
    shared_fd = CALL_FD("open.shared", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CALL("main.write.main_file", write(shared_fd, "main\n", 5));
    CHECK(pthread_create(&t[0], NULL, writes_shared, NULL) == 0);
    CHECK(pthread_join(t[0], NULL) == 0);
    memset(buf, 0, sizeof buf);
    CALL("pread.shared", pread(shared_fd, buf, sizeof buf - 1, 0));
    for (char *c = buf; *c; c++)
        if (*c == '\n') *c = ';';
    RECORD("shared.content", "%s", buf);
    close(shared_fd);

    measure("default", NULL);
    pthread_attr_t a;
    CHECK(pthread_attr_init(&a) == 0);
    CHECK(pthread_attr_setstacksize(&a, 256 * 1024) == 0);
    measure("stack_256k", &a);
    pthread_attr_destroy(&a);

    RECORD("self.in_thread.equals_main", "%d", same_as_main);
    CHECK(same_as_main == 0);

    reuse_checks();
    CHECK(check_self() != NULL);
    if (check_self()) {
        child_run("0");
        child_run("1");
    }
    return check_done();
}
