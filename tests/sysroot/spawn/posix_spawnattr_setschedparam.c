/* posix_spawnattr_setschedparam()/getschedparam(): a new attribute object
 * holds priority 0; a priority set is read back. */
#include <sched.h>
#include <spawn.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    posix_spawnattr_t a;
    CHECK(posix_spawnattr_init(&a) == 0);
    struct sched_param p;
    p.sched_priority = -1;
    RECORD("getschedparam.initial", "%d", posix_spawnattr_getschedparam(&a, &p));
    RECORD("getschedparam.initial.priority", "%d", p.sched_priority);
    p.sched_priority = 7;
    RECORD("setschedparam", "%d", posix_spawnattr_setschedparam(&a, &p));
    p.sched_priority = -1;
    RECORD("getschedparam", "%d", posix_spawnattr_getschedparam(&a, &p));
    RECORD("getschedparam.priority", "%d", p.sched_priority);
    CHECK(posix_spawnattr_destroy(&a) == 0);
    return check_done();
}
