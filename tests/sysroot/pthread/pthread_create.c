/* pthread_create() and pthread_join(): results pass through join, threads
 * are told apart by pthread_self/pthread_equal, threads share the
 * descriptors (a file main opened is written by a thread), and 1000
 * create/join cycles
 * (default attributes, then 256 KiB stacks) do not grow memory: the heap top
 * (sbrk(0)) and, under WASIX, the linear memory size stay where they were
 * after a warm-up. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>
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

int main(int argc, char **argv) {
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
    return check_done();
}
