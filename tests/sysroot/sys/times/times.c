/* times(): the process's CPU time in clock ticks and an elapsed-time
 * result that advances, without any emulation flag. */
#include <sys/times.h>
#include <unistd.h>

#include "check.h"

static volatile unsigned long sink;

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct tms t0, t1;
    clock_t r0 = times(&t0);
    RECORD("times.ok", "%d", r0 != (clock_t)-1);
    long long start = check_now_ms();
    while (check_now_ms() - start < 300)
        for (int i = 0; i < 100000; ++i) sink += (unsigned long)i;
    clock_t r1 = times(&t1);
    RECORD("times.elapsed_advances", "%d", r1 > r0);
    RECORD("times.cpu_advances", "%d", t1.tms_utime + t1.tms_stime > t0.tms_utime + t0.tms_stime);
    RECORD("times.children", "%lld", (long long)(t1.tms_cutime + t1.tms_cstime));
    long tick = sysconf(_SC_CLK_TCK);
    /* 300 ms of work, in ticks, with generous bounds */
    double secs = (double)(r1 - r0) / (double)tick;
    CHECK(secs > 0.2 && secs < 100);
    RECORD("times.null", "%d", times(NULL) != (clock_t)-1);
    return check_done();
}
