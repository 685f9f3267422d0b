/* sched_getaffinity() and sched_setaffinity(): at least one CPU, a mask
 * set is the mask read back, an empty mask is EINVAL, another pid ESRCH,
 * a size that is not a multiple of the word size EINVAL. */
#include <sched.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    cpu_set_t set, one, empty;
    CPU_ZERO(&set);
    CALL("get", sched_getaffinity(0, sizeof set, &set));
    int n = CPU_COUNT(&set);
    RECORD("get.count_positive", "%d", n >= 1);
    RECORD("get.cpu0", "%d", CPU_ISSET(0, &set));
    CALL("get.own_pid", sched_getaffinity(getpid(), sizeof set, &set));
    CALL("get.bad_size", sched_getaffinity(0, 3, &set));
    CALL("get.other_pid", sched_getaffinity(999999, sizeof set, &set));
    CPU_ZERO(&one);
    CPU_SET(0, &one);
    CALL("set.cpu0", sched_setaffinity(0, sizeof one, &one));
    CPU_ZERO(&set);
    CALL("get.after_set", sched_getaffinity(0, sizeof set, &set));
    RECORD("get.after_set.count", "%d", CPU_COUNT(&set));
    CPU_ZERO(&empty);
    CALL("set.empty", sched_setaffinity(0, sizeof empty, &empty));
    CALL("set.other_pid", sched_setaffinity(999999, sizeof one, &one));
    return check_done();
}
