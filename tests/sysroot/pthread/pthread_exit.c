/* pthread_exit(): from a thread, its value reaches pthread_join and its
 * cleanup handlers run, innermost first; from main, while a joinable and a
 * detached thread still run, the process goes on until both have finished
 * (the atexit handler sees them done and ends the record). Before that, 8
 * threads stress malloc/free and write to one shared FILE at once: every
 * line comes out whole. 100 threads one after another, each leaving
 * through pthread_exit from a few calls deep, pass their values and run
 * their cleanup handlers, and each starts with fresh __thread variables
 * (under WASIX they run on the workers of the ended ones). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

static char cleanup_order[8];
static void cleanup(void *arg) { strncat(cleanup_order, (const char *)arg, 1); }

static void exit_deep(int depth) {
    if (depth == 0) pthread_exit((void *)42);
    exit_deep(depth - 1);
}

static void *exits(void *arg) {
    (void)arg;
    pthread_cleanup_push(cleanup, "a");
    pthread_cleanup_push(cleanup, "b");
    exit_deep(3);
    pthread_cleanup_pop(0);
    pthread_cleanup_pop(0);
    return NULL;
}

static __thread int tls_value = 5;
static int tls_fresh, cleanups;
static void count_cleanup(void *arg) { (void)arg; __atomic_fetch_add(&cleanups, 1, __ATOMIC_SEQ_CST); }
static void exit_from(int depth, long value) {
    if (depth == 0) pthread_exit((void *)value);
    exit_from(depth - 1, value);
}
static void *exits_nested(void *arg) {
    if (tls_value == 5) __atomic_fetch_add(&tls_fresh, 1, __ATOMIC_SEQ_CST);
    tls_value = -1;
    pthread_cleanup_push(count_cleanup, NULL);
    exit_from(2 + (int)((long)arg % 3), (long)arg * 2);
    pthread_cleanup_pop(0);
    return NULL;
}

/* The stress threads share one FILE on a pipe; a reader thread checks that
 * every (thread, line) arrives exactly once and nothing else does. */
static FILE *shared;
static void *stress(void *arg) {
    long id = (long)arg;
    for (int i = 0; i < 2000; i++) {
        void *p = malloc((size_t)(i * 37) % 4000 + 1);
        if (p) memset(p, (int)id, 1);
        free(p);
    }
    for (int i = 0; i < 50; i++) fprintf(shared, "t%ld line %d\n", id, i);
    return arg;
}

static int whole_lines, bad_lines;
static void *reader(void *arg) {
    FILE *in = fdopen((int)(long)arg, "r");
    unsigned char seen[8][50];
    char line[128];
    memset(seen, 0, sizeof seen);
    while (in && fgets(line, sizeof line, in)) {
        long id = -1;
        int n = -1, end = 0;
        if (sscanf(line, "t%ld line %d\n%n", &id, &n, &end) == 2 && end == (int)strlen(line) && id >= 0 &&
            id < 8 && n >= 0 && n < 50 && !seen[id][n]) {
            seen[id][n] = 1;
            whole_lines++;
        } else {
            bad_lines++;
        }
    }
    if (in) fclose(in);
    return NULL;
}

static int workers_done;
static void *late_worker(void *arg) {
    check_sleep_ms(200);
    __atomic_fetch_add(&workers_done, 1, __ATOMIC_SEQ_CST);
    char name[32];
    snprintf(name, sizeof name, "worker.%ld", (long)arg);
    RECORD(name, "done");
    return arg;
}

/* Runs when the last thread has ended (exit(0) after main's pthread_exit). */
static void at_exit(void) {
    RECORD("main_exited.workers_done_at_exit", "%d", __atomic_load_n(&workers_done, __ATOMIC_SEQ_CST));
    CHECK(workers_done == 2);
    check_done();
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pthread_t t;
    void *r = NULL;
    CHECK(pthread_create(&t, NULL, exits, NULL) == 0);
    record_rc("join.exited", pthread_join(t, &r));
    RECORD("join.exited.value", "%ld", (long)r);
    RECORD("cleanup.order", "%s", cleanup_order);

    long sum = 0;
    int failed = 0;
    for (long i = 0; i < 100; i++) {
        r = NULL;
        if (pthread_create(&t, NULL, exits_nested, (void *)i) != 0 || pthread_join(t, &r) != 0) failed++;
        sum += (long)r;
    }
    RECORD("nested_100.failed", "%d", failed);
    RECORD("nested_100.values_sum", "%ld", sum);
    RECORD("nested_100.cleanups", "%d", cleanups);
    RECORD("nested_100.tls_fresh", "%d", tls_fresh);

    int p[2];
    CHECK(pipe(p) == 0);
    shared = fdopen(p[1], "w");
    CHECK(shared != NULL);
    if (!shared) return check_done();
    pthread_t rd, s[8];
    CHECK(pthread_create(&rd, NULL, reader, (void *)(long)p[0]) == 0);
    for (long i = 0; i < 8; i++) CHECK(pthread_create(&s[i], NULL, stress, (void *)i) == 0);
    for (int i = 0; i < 8; i++) CHECK(pthread_join(s[i], NULL) == 0);
    CHECK(fclose(shared) == 0); /* the reader sees the end */
    CHECK(pthread_join(rd, NULL) == 0);
    RECORD("stress.whole_lines", "%d", whole_lines);
    RECORD("stress.bad_lines", "%d", bad_lines);

    CHECK(atexit(at_exit) == 0);
    pthread_t d;
    CHECK(pthread_create(&d, NULL, late_worker, (void *)1) == 0);
    CHECK(pthread_detach(d) == 0);
    CHECK(pthread_create(&d, NULL, late_worker, (void *)2) == 0);
    RECORD("main.pthread_exit", "called");
    pthread_exit(NULL);
}
