/* clock_settime(): the arguments are checked before anything else (a
 * nanosecond count out of range or negative is EINVAL, an unknown clock
 * EINVAL, the monotonic clock cannot be set). The clock is never actually
 * changed: the valid-time case uses the current time. */
#include <time.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct timespec bad = {0, 2000000000L};
    CALL("clock_settime.bad_nsec", clock_settime(CLOCK_REALTIME, &bad));
    struct timespec neg = {0, -1};
    CALL("clock_settime.negative_nsec", clock_settime(CLOCK_REALTIME, &neg));
    struct timespec now;
    CHECK(clock_gettime(CLOCK_MONOTONIC, &now) == 0);
    CALL("clock_settime.monotonic", clock_settime(CLOCK_MONOTONIC, &now));
    CALL("clock_settime.unknown", clock_settime((clockid_t)99, &now));
    return check_done();
}
