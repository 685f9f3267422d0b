/* getrlimit()/setrlimit()/prlimit(): a soft limit can be lowered and read
 * back; soft above hard is EINVAL; an unknown resource is EINVAL; a lowered
 * hard limit cannot be raised again (EPERM without privilege; the native
 * run is checked for that in a child that has dropped nothing, so only the
 * lowering is compared). */
#include <sys/resource.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct rlimit rl, orig;
    CALL("getrlimit.nofile", getrlimit(RLIMIT_NOFILE, &orig));
    RECORD("getrlimit.nofile.cur_le_max", "%s",
           orig.rlim_cur > 0 && (orig.rlim_max == RLIM_INFINITY || orig.rlim_cur <= orig.rlim_max) ? "yes" : "no");
    CALL("getrlimit.stack", getrlimit(RLIMIT_STACK, &rl));
    RECORD("getrlimit.stack.cur_positive", "%s", rl.rlim_cur > 0 ? "yes" : "no");
    CALL("getrlimit.bad", getrlimit(99, &rl));

    rl.rlim_cur = 256;
    rl.rlim_max = 512;
    CALL("setrlimit.nofile.lower", setrlimit(RLIMIT_NOFILE, &rl));
    memset(&rl, 0, sizeof rl);
    CALL("getrlimit.nofile.after", getrlimit(RLIMIT_NOFILE, &rl));
    RECORD("getrlimit.nofile.after.values", "%ld %ld", (long)rl.rlim_cur, (long)rl.rlim_max);
    rl.rlim_cur = 600;
    rl.rlim_max = 512;
    CALL("setrlimit.cur_above_max", setrlimit(RLIMIT_NOFILE, &rl));
    CALL("setrlimit.bad", setrlimit(99, &rl));

    struct rlimit old;
    rl.rlim_cur = 128;
    rl.rlim_max = 512;
    CALL("prlimit.self", prlimit(0, RLIMIT_NOFILE, &rl, &old));
    RECORD("prlimit.self.old", "%ld %ld", (long)old.rlim_cur, (long)old.rlim_max);
    CALL("getrlimit.nofile.prlimit", getrlimit(RLIMIT_NOFILE, &rl));
    RECORD("getrlimit.nofile.prlimit.values", "%ld %ld", (long)rl.rlim_cur, (long)rl.rlim_max);
    return check_done();
}
