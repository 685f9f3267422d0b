/* posix_spawnattr_setschedpolicy()/getschedpolicy(): a new attribute
 * object holds SCHED_OTHER (0); a policy set is read back. */
#include <sched.h>
#include <spawn.h>

#include "check.h"

static const char *policy_name(int p) {
    return p == SCHED_OTHER ? "SCHED_OTHER" : p == SCHED_FIFO ? "SCHED_FIFO" : p == SCHED_RR ? "SCHED_RR" : "other";
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    posix_spawnattr_t a;
    CHECK(posix_spawnattr_init(&a) == 0);
    int pol = -1;
    RECORD("getschedpolicy.initial", "%d", posix_spawnattr_getschedpolicy(&a, &pol));
    RECORD("getschedpolicy.initial.value", "%s", policy_name(pol));
    RECORD("setschedpolicy.rr", "%d", posix_spawnattr_setschedpolicy(&a, SCHED_RR));
    RECORD("getschedpolicy", "%d", posix_spawnattr_getschedpolicy(&a, &pol));
    RECORD("getschedpolicy.value", "%s", policy_name(pol));
    CHECK(posix_spawnattr_destroy(&a) == 0);
    return check_done();
}
