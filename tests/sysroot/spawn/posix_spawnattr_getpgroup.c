/* posix_spawnattr_getpgroup()/setpgroup(): a new attribute object holds
 * group 0; a group set is read back. */
#include <spawn.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    posix_spawnattr_t a;
    CHECK(posix_spawnattr_init(&a) == 0);
    pid_t g = -1;
    RECORD("getpgroup.initial", "%d", posix_spawnattr_getpgroup(&a, &g));
    RECORD("getpgroup.initial.value", "%d", (int)g);
    RECORD("setpgroup", "%d", posix_spawnattr_setpgroup(&a, 1234));
    RECORD("getpgroup", "%d", posix_spawnattr_getpgroup(&a, &g));
    RECORD("getpgroup.value", "%d", (int)g);
    CHECK(posix_spawnattr_destroy(&a) == 0);
    return check_done();
}
