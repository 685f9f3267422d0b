/* posix_spawnattr_setschedpolicy()/getschedpolicy(): a new attribute
 * object holds SCHED_OTHER (0); a policy set (SCHED_RR, 2) is read back. */
#include <sched.h>
#include <spawn.h>

#include "check.h"

/* Linux's numbers (the SDK's <sched.h> has no SCHED_* names yet) */
static const char *policy_name(int p) {
    return p == 0 ? "SCHED_OTHER" : p == 1 ? "SCHED_FIFO" : p == 2 ? "SCHED_RR" : "other";
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    posix_spawnattr_t a;
    CHECK(posix_spawnattr_init(&a) == 0);
    int pol = -1;
    RECORD("getschedpolicy.initial", "%d", posix_spawnattr_getschedpolicy(&a, &pol));
    RECORD("getschedpolicy.initial.value", "%s", policy_name(pol));
    RECORD("setschedpolicy.rr", "%d", posix_spawnattr_setschedpolicy(&a, 2));
    RECORD("getschedpolicy", "%d", posix_spawnattr_getschedpolicy(&a, &pol));
    RECORD("getschedpolicy.value", "%s", policy_name(pol));
    CHECK(posix_spawnattr_destroy(&a) == 0);
    return check_done();
}
