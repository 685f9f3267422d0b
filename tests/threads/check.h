/* check.h - tiny assertion helpers for the thread tests (C and C++).
 * CHECK(cond) records a failure with its location; FINISH(name) prints
 * "NAME: ok" or "NAME: N failures" and yields main's exit status. */
#ifndef WASIX_THREAD_TEST_CHECK_H
#define WASIX_THREAD_TEST_CHECK_H
#include <stdio.h>
#include <time.h>

static int check_failures;
#define CHECK(c) do { if (!(c)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); fflush(stdout); \
    __atomic_fetch_add(&check_failures, 1, __ATOMIC_SEQ_CST); } } while (0)
#define CHECK_EQ(a, b) do { long long va_ = (long long)(a), vb_ = (long long)(b); if (va_ != vb_) { \
    printf("FAIL %s:%d: %s == %s (%lld != %lld)\n", __FILE__, __LINE__, #a, #b, va_, vb_); fflush(stdout); \
    __atomic_fetch_add(&check_failures, 1, __ATOMIC_SEQ_CST); } } while (0)
#define FINISH(name) (check_failures ? (printf("%s: %d failures\n", name, check_failures), 1) \
                                     : (printf("%s: ok\n", name), 0))

/* Monotonic time in milliseconds. */
static inline double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
/* An absolute deadline MS milliseconds from now on CLOCK. */
static inline struct timespec deadline_in(clockid_t clock, long ms) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) { ts.tv_sec++; ts.tv_nsec -= 1000000000L; }
    return ts;
}
static inline void sleep_ms(long ms) {
    struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
    while (nanosleep(&ts, &ts) != 0) {}
}
#endif
