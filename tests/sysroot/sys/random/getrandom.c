/* getrandom(): fills the buffer for every flag combination Linux accepts,
 * bad flags are EINVAL, two draws differ. */
#include <sys/random.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    unsigned char a[64], b[64];
    CALL("getrandom", getrandom(a, sizeof a, 0));
    CALL("getrandom.again", getrandom(b, sizeof b, 0));
    RECORD("getrandom.differs", "%d", memcmp(a, b, sizeof a) != 0);
    CALL("getrandom.nonblock", getrandom(a, 16, GRND_NONBLOCK));
    CALL("getrandom.random", getrandom(a, 16, GRND_RANDOM | GRND_NONBLOCK));
    CALL("getrandom.insecure", getrandom(a, 16, GRND_INSECURE));
    CALL("getrandom.zero", getrandom(a, 0, 0));
    CALL("getrandom.bad_flags", getrandom(a, 16, 0x100));
    CALL("getrandom.random_insecure", getrandom(a, 16, GRND_RANDOM | GRND_INSECURE));
    return check_done();
}
