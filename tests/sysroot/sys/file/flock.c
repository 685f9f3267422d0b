/* flock(): whole-file locks of an open file description. Separate open()s
 * of one file conflict even in one process; dup()s share the lock; a
 * conversion that fails with LOCK_NB loses the old lock (Linux); the lock
 * goes with the last descriptor of its open file. */
#include <sys/file.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512];
    snprintf(path, sizeof path, "%s/flock", dir);
    int a = CALL_FD("open.a", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    int b = CALL_FD("open.b", open(path, O_RDONLY));
    int a2 = CALL_FD("dup.a", dup(a));

    CALL("a.ex", flock(a, LOCK_EX));
    CALL("b.ex.nb", flock(b, LOCK_EX | LOCK_NB));
    CALL("b.sh.nb", flock(b, LOCK_SH | LOCK_NB));
    CALL("a2.sh.nb", flock(a2, LOCK_SH | LOCK_NB));
    CALL("b.sh.nb.now", flock(b, LOCK_SH | LOCK_NB));
    /* a failed conversion drops a's lock, so b can convert afterwards */
    CALL("a.ex.nb.convert", flock(a, LOCK_EX | LOCK_NB));
    CALL("b.ex.nb.after", flock(b, LOCK_EX | LOCK_NB));
    CALL("a.sh.nb.blocked", flock(a, LOCK_SH | LOCK_NB));
    /* closing b (its only descriptor) releases its lock */
    CALL("close.b", close(b));
    CALL("a.ex.nb.free", flock(a, LOCK_EX | LOCK_NB));
    /* the lock stays while a dup of a is open */
    CALL("close.a", close(a));
    int c = CALL_FD("open.c", open(path, O_RDONLY));
    CALL("c.sh.nb.held_by_dup", flock(c, LOCK_SH | LOCK_NB));
    CALL("close.a2", close(a2));
    CALL("c.sh.nb.released", flock(c, LOCK_SH | LOCK_NB));
    CALL("c.ex.nb.convert", flock(c, LOCK_EX | LOCK_NB));
    CALL("c.un", flock(c, LOCK_UN));
    CALL("c.un.again", flock(c, LOCK_UN));

    /* bad arguments */
    CALL("op.0", flock(c, 0));
    CALL("op.sh_ex", flock(c, LOCK_SH | LOCK_EX));
    CALL("op.nb_only", flock(c, LOCK_NB));
    CALL("op.99", flock(c, 99));
    CALL("bad_fd", flock(12345, LOCK_SH));
    CALL("bad_fd.bad_op", flock(-1, 99));

    /* a directory can be locked */
    int d = CALL_FD("open.dir", open(dir, O_RDONLY | O_DIRECTORY));
    CALL("dir.ex", flock(d, LOCK_EX | LOCK_NB));
    close(d);
    close(c);
    return check_done();
}
