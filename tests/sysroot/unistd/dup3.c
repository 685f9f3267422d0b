/* dup3(): dup2 with flags; only O_CLOEXEC is allowed and oldfd == newfd is
 * an error. */
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int p[2];
    char buf[32];

    CHECK(pipe(p) == 0);
    CALL("dup3.same", dup3(p[0], p[0], 0));
    CALL("dup3.same.cloexec", dup3(p[0], p[0], O_CLOEXEC));
    CALL("dup3.bad_old", dup3(-1, 60, 0));
    CALL("dup3.large_old", dup3(12345, 60, 0));
    CALL("dup3.negative_new", dup3(p[0], -1, 0));
    CALL("dup3.huge_new", dup3(p[0], 0x7fffffff, 0));
    CALL("dup3.flag_nonblock", dup3(p[0], 60, O_NONBLOCK));
    CALL("dup3.flag_bad", dup3(p[0], 60, 0x40000000));
    CALL("getfd.60.unused", fcntl(60, F_GETFD));

    int before = check_open_count();
    CALL("dup3.cloexec", dup3(p[1], 60, O_CLOEXEC));
    RECORD("dup3.cloexec.new_descriptors", "%d", check_open_count() - before);
    CALL("getfd.60.cloexec", fcntl(60, F_GETFD));
    CALL("getfd.original", fcntl(p[1], F_GETFD));
    CALL("write.60", write(60, "sixty", 5));
    memset(buf, 0, sizeof buf);
    CALL("read.60", read(p[0], buf, sizeof buf));
    RECORD("read.60.data", "%s", buf);

    /* flags 0 onto the same number: FD_CLOEXEC is cleared */
    CALL("dup3.plain_onto_60", dup3(p[1], 60, 0));
    CALL("getfd.60.plain", fcntl(60, F_GETFD));
    CALL("dup3.plain", dup3(p[0], 61, 0));
    CALL("getfd.61", fcntl(61, F_GETFD));
    RECORD("getfl.61", "%s", check_fl_name(fcntl(61, F_GETFL)));

    /* onto an open descriptor, with O_CLOEXEC */
    before = check_open_count();
    CALL("dup3.onto_open", dup3(p[1], 61, O_CLOEXEC));
    RECORD("dup3.onto_open.new_descriptors", "%d", check_open_count() - before);
    CALL("getfd.61.cloexec", fcntl(61, F_GETFD));
    RECORD("getfl.61.now", "%s", check_fl_name(fcntl(61, F_GETFL)));
    CALL("write.61", write(61, "w61", 3));
    memset(buf, 0, sizeof buf);
    CALL("read.61", read(p[0], buf, sizeof buf));
    RECORD("read.61.data", "%s", buf);
    close(60);
    close(61);
    /* every write end is closed now: EOF (non-blocking, so that a leaked
     * write end shows as EAGAIN instead of hanging the test) */
    CHECK(fcntl(p[0], F_SETFL, O_NONBLOCK) == 0);
    close(p[1]);
    CALL("read.eof", read(p[0], buf, sizeof buf));
    close(p[0]);
    return check_done();
}
