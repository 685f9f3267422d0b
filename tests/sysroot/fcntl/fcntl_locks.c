/* fcntl() record locks (F_GETLK, F_SETLK, F_SETLKW): argument checks, the
 * access mode a lock type needs, and that a process's own locks never
 * conflict with each other (F_GETLK reports F_UNLCK; merging, splitting and
 * converting ranges always succeeds). */
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static const char *type_name(int t) {
    return t == F_UNLCK ? "F_UNLCK" : t == F_RDLCK ? "F_RDLCK" : t == F_WRLCK ? "F_WRLCK" : "?";
}

static int lk(int fd, int cmd, int type, int whence, off_t start, off_t len) {
    struct flock l;
    memset(&l, 0, sizeof l);
    l.l_type = (short)type;
    l.l_whence = (short)whence;
    l.l_start = start;
    l.l_len = len;
    return fcntl(fd, cmd, &l);
}

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512];
    snprintf(path, sizeof path, "%s/locks", dir);
    int fd = CALL_FD("open.rdwr", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CHECK(write(fd, "0123456789abcdefghij", 20) == 20);

    /* own locks: set, overlap, convert, split, merge, wait */
    CALL("setlk.wr.0_10", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10));
    CALL("setlk.rd.5_10", lk(fd, F_SETLK, F_RDLCK, SEEK_SET, 5, 10));
    CALL("setlk.unlock.middle", lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 3, 2));
    CALL("setlkw.wr.whole", lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 0));
    CALL("setlk.wr.again", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 0));
    struct flock q;
    memset(&q, 0, sizeof q);
    q.l_type = F_WRLCK;
    q.l_whence = SEEK_SET;
    q.l_start = 2;
    q.l_len = 4;
    CALL("getlk.own", fcntl(fd, F_GETLK, &q));
    RECORD("getlk.own.type", "%s", type_name(q.l_type));
    RECORD("getlk.own.range", "%lld+%lld", (long long)q.l_start, (long long)q.l_len);
    CALL("setlk.unlock.all", lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0));
    CALL("setlk.unlock.nothing", lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 100, 5));

    /* whence and length forms */
    CHECK(lseek(fd, 8, SEEK_SET) == 8);
    CALL("setlk.seek_cur", lk(fd, F_SETLK, F_WRLCK, SEEK_CUR, -2, 4));
    CALL("setlk.seek_cur.before_0", lk(fd, F_SETLK, F_WRLCK, SEEK_CUR, -9, 4));
    CALL("setlk.seek_end", lk(fd, F_SETLK, F_RDLCK, SEEK_END, -5, 5));
    CALL("setlk.seek_end.past", lk(fd, F_SETLK, F_WRLCK, SEEK_END, 100, 0));
    CALL("setlk.negative_len", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 10, -5));
    CALL("setlk.negative_len.before_0", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 3, -5));
    CALL("setlk.negative_start", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, -1, 5));

    /* bad arguments */
    CALL("setlk.bad_type", lk(fd, F_SETLK, 42, SEEK_SET, 0, 1));
    CALL("setlk.bad_whence", lk(fd, F_SETLK, F_WRLCK, 7, 0, 1));
    CALL("getlk.unlck", lk(fd, F_GETLK, F_UNLCK, SEEK_SET, 0, 1));
    CALL("getlk.bad_type", lk(fd, F_GETLK, 42, SEEK_SET, 0, 1));
    CALL("setlk.bad_fd", lk(12345, F_SETLK, F_WRLCK, SEEK_SET, 0, 1));
    CALL("getlk.bad_fd", lk(-1, F_GETLK, F_WRLCK, SEEK_SET, 0, 1));
    CALL("setlkw.bad_fd", lk(12345, F_SETLKW, F_RDLCK, SEEK_SET, 0, 1));

    /* the access mode a lock needs */
    int ro = CALL_FD("open.rdonly", open(path, O_RDONLY));
    int wo = CALL_FD("open.wronly", open(path, O_WRONLY));
    CALL("setlk.rdonly.rd", lk(ro, F_SETLK, F_RDLCK, SEEK_SET, 0, 1));
    CALL("setlk.rdonly.wr", lk(ro, F_SETLK, F_WRLCK, SEEK_SET, 0, 1));
    CALL("setlk.rdonly.unlock", lk(ro, F_SETLK, F_UNLCK, SEEK_SET, 0, 1));
    CALL("setlk.wronly.wr", lk(wo, F_SETLK, F_WRLCK, SEEK_SET, 0, 1));
    CALL("setlk.wronly.rd", lk(wo, F_SETLK, F_RDLCK, SEEK_SET, 0, 1));
    CALL("getlk.rdonly.wr", lk(ro, F_GETLK, F_WRLCK, SEEK_SET, 0, 1));
    /* locks of another descriptor of the same process do not conflict */
    CALL("setlk.other_fd.wr", lk(wo, F_SETLK, F_WRLCK, SEEK_SET, 0, 0));
    CALL("setlk.first_fd.wr", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 0));

    /* a directory can take a read lock */
    int d = CALL_FD("open.dir", open(dir, O_RDONLY | O_DIRECTORY));
    CALL("setlk.dir.rd", lk(d, F_SETLK, F_RDLCK, SEEK_SET, 0, 0));
    CALL("setlk.dir.wr", lk(d, F_SETLK, F_WRLCK, SEEK_SET, 0, 0));

    /* a NULL argument */
    CALL("setlk.null", fcntl(fd, F_SETLK, BAD_NULL));

    close(d);
    close(wo);
    close(ro);
    close(fd);
    return check_done();
}
