/* getrusage(): CPU time of the process that advances while it computes, a
 * maximum resident set, zeros for children that never ran, bad "who". */
#include <sys/resource.h>

#include "check.h"

static volatile unsigned long sink;

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct rusage r0, r1, ch, th;
    CALL("self", getrusage(RUSAGE_SELF, &r0));
    long long start = check_now_ms();
    while (check_now_ms() - start < 200)
        for (int i = 0; i < 100000; ++i) sink += (unsigned long)i;
    CALL("self.again", getrusage(RUSAGE_SELF, &r1));
    long long us0 = (long long)r0.ru_utime.tv_sec * 1000000 + r0.ru_utime.tv_usec + (long long)r0.ru_stime.tv_sec * 1000000 + r0.ru_stime.tv_usec;
    long long us1 = (long long)r1.ru_utime.tv_sec * 1000000 + r1.ru_utime.tv_usec + (long long)r1.ru_stime.tv_sec * 1000000 + r1.ru_stime.tv_usec;
    RECORD("self.advances", "%d", us1 > us0);
    RECORD("self.usec_in_range", "%d", r1.ru_utime.tv_usec >= 0 && r1.ru_utime.tv_usec < 1000000);
    RECORD("self.maxrss_positive", "%d", r1.ru_maxrss > 0);
    CALL("children", getrusage(RUSAGE_CHILDREN, &ch));
    RECORD("children.utime", "%lld.%06ld", (long long)ch.ru_utime.tv_sec, (long)ch.ru_utime.tv_usec);
    CALL("thread", getrusage(RUSAGE_THREAD, &th));
    CALL("bad_who", getrusage(42, &r0));
    CALL("bad_who.minus2", getrusage(-2, &r0));
    return check_done();
}
