/* posix_spawnattr_getsigdefault()/setsigdefault(): a new attribute object
 * holds an empty set; a set stored is read back (a copy: changing the
 * caller's set afterwards changes nothing). */
#include <signal.h>
#include <spawn.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    posix_spawnattr_t a;
    CHECK(posix_spawnattr_init(&a) == 0);
    sigset_t s;
    sigfillset(&s);
    RECORD("getsigdefault.initial", "%d", posix_spawnattr_getsigdefault(&a, &s));
    RECORD("getsigdefault.initial.empty", "%d", sigisemptyset(&s));
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    sigaddset(&s, SIGTERM);
    RECORD("setsigdefault", "%d", posix_spawnattr_setsigdefault(&a, &s));
    sigaddset(&s, SIGHUP);
    sigset_t got;
    sigemptyset(&got);
    RECORD("getsigdefault", "%d", posix_spawnattr_getsigdefault(&a, &got));
    RECORD("getsigdefault.members", "usr2=%d term=%d hup=%d int=%d", sigismember(&got, SIGUSR2),
           sigismember(&got, SIGTERM), sigismember(&got, SIGHUP), sigismember(&got, SIGINT));
    CHECK(posix_spawnattr_destroy(&a) == 0);
    return check_done();
}
