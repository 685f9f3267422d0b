/* dup2(): a copy at a chosen number; replacing an open descriptor, the
 * same number twice, FD_CLOEXEC cleared, bad numbers. */
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int p[2], q[2];
    char buf[32];

    CHECK(pipe(p) == 0);
    CALL("dup2.bad_old", dup2(-1, 50));
    CALL("dup2.large_old", dup2(12345, 50));
    CALL("dup2.bad_both", dup2(12345, 12345));
    CALL("dup2.negative_new", dup2(p[0], -1));
    CALL("dup2.huge_new", dup2(p[0], 0x7fffffff));
    /* none of the refused calls created descriptor 50 */
    CALL("getfd.50.unused", fcntl(50, F_GETFD));

    /* a copy at 50: writes through it arrive at the read end; one more
     * descriptor is open, not two */
    int before = check_open_count();
    CALL("dup2.to_50", dup2(p[1], 50));
    RECORD("dup2.to_50.new_descriptors", "%d", check_open_count() - before);
    CALL("write.50", write(50, "fifty", 5));
    memset(buf, 0, sizeof buf);
    CALL("read.50", read(p[0], buf, sizeof buf));
    RECORD("read.50.data", "%s", buf);

    /* oldfd == newfd: nothing happens, the number is returned */
    int same = CALL_FD("dup2.same", dup2(p[0], p[0]));
    RECORD("dup2.same.result", "%s", same == p[0] ? "oldfd" : "other");
    CALL("dup2.same.50", dup2(50, 50));
    CALL("fcntl.setfd.50", fcntl(50, F_SETFD, FD_CLOEXEC));
    /* ... and FD_CLOEXEC stays */
    CALL("dup2.same.50.again", dup2(50, 50));
    CALL("getfd.50.after_same", fcntl(50, F_GETFD));
    /* a real copy onto 50 has FD_CLOEXEC cleared */
    before = check_open_count();
    CALL("dup2.onto_cloexec", dup2(p[1], 50));
    RECORD("dup2.onto_cloexec.new_descriptors", "%d", check_open_count() - before);
    CALL("getfd.50.after_copy", fcntl(50, F_GETFD));

    /* onto an open descriptor: it is closed first, silently */
    CHECK(pipe(q) == 0);
    int qw = q[1];
    before = check_open_count();
    int r = CALL_FD("dup2.onto_open", dup2(p[1], qw));
    RECORD("dup2.onto_open.new_descriptors", "%d", check_open_count() - before);
    RECORD("dup2.onto_open.result", "%s", r == qw ? "newfd" : "other");
    CALL("write.replaced", write(qw, "moved", 5));
    memset(buf, 0, sizeof buf);
    CALL("read.replaced", read(p[0], buf, sizeof buf));
    RECORD("read.replaced.data", "%s", buf);
    /* q's only writer was replaced: its reader sees EOF */
    CALL("read.old_pipe.eof", read(q[0], buf, sizeof buf));
    close(q[0]);
    close(qw);

    /* the copy survives the original */
    CALL("close.original", close(p[1]));
    CALL("write.50.after_close", write(50, "still", 5));
    memset(buf, 0, sizeof buf);
    CALL("read.50.after_close", read(p[0], buf, sizeof buf));
    RECORD("read.50.after_close.data", "%s", buf);
    CALL("close.50", close(50));
    /* every write end is closed now; non-blocking, so that a leaked one
     * shows as EAGAIN instead of hanging the test */
    CHECK(fcntl(p[0], F_SETFL, O_NONBLOCK) == 0);
    CALL("read.eof", read(p[0], buf, sizeof buf));
    CALL("close.50.again", close(50));
    close(p[0]);

    /* stdout moved onto a pipe and back: what is written to 1 meanwhile
     * arrives in the pipe */
    CHECK(pipe(p) == 0);
    fflush(stdout);
    int saved = CALL_FD("dup.stdout", dup(1));
    CALL("dup2.pipe_onto_stdout", dup2(p[1], 1));
    ssize_t w = write(1, "via stdout", 10);
    CALL("dup2.stdout_back", dup2(saved, 1));
    RECORD("write.via_stdout", "%zd", w);
    memset(buf, 0, sizeof buf);
    CALL("read.via_stdout", read(p[0], buf, sizeof buf));
    RECORD("read.via_stdout.data", "%s", buf);
    close(saved);
    close(p[0]);
    close(p[1]);
    return check_done();
}
