/* clock(): the process's CPU time, available without any emulation flag;
 * it advances while the program computes. */
#include <time.h>

#include "check.h"

static volatile unsigned long sink;

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    clock_t c0 = clock();
    RECORD("clock.ok", "%d", c0 != (clock_t)-1);
    long long start = check_now_ms();
    while (check_now_ms() - start < 200)
        for (int i = 0; i < 100000; ++i) sink += (unsigned long)i;
    clock_t c1 = clock();
    RECORD("clock.advances", "%d", c1 > c0);
    /* about 200 ms of work: at least 20 ms and at most 100 s of CPU time */
    double secs = (double)(c1 - c0) / CLOCKS_PER_SEC;
    CHECK(secs > 0.02 && secs < 100);
    return check_done();
}
