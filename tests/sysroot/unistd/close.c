/* close(): bad descriptors, double close, and what closing does to the other
 * end of a pipe and to a duplicate. */
#include <signal.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    signal(SIGPIPE, SIG_IGN);
    int p[2];
    char buf[16];

    CALL("close.minus1", close(-1));
    CALL("close.large", close(12345));
    CALL("close.int_max", close(0x7fffffff));

    CHECK(pipe(p) == 0);
    CALL("close.read_end", close(p[0]));
    CALL("close.read_end.again", close(p[0]));
    CALL("fcntl.closed", fcntl(p[0], F_GETFD));
    CALL("read.closed", read(p[0], buf, sizeof buf));
    /* the write end sees no reader any more */
    CALL("write.no_reader", write(p[1], "x", 1));
    CALL("close.write_end", close(p[1]));

    /* closing the write end: the reader gets the data, then EOF */
    CHECK(pipe(p) == 0);
    CHECK(write(p[1], "abc", 3) == 3);
    CALL("close.writer", close(p[1]));
    memset(buf, 0, sizeof buf);
    CALL("read.queued", read(p[0], buf, sizeof buf));
    RECORD("read.queued.data", "%s", buf);
    CALL("read.eof", read(p[0], buf, sizeof buf));
    close(p[0]);

    /* a duplicate keeps the pipe open: no EOF while it lives */
    CHECK(pipe(p) == 0);
    int d = CALL_FD("dup.writer", dup(p[1]));
    CALL("close.original_writer", close(p[1]));
    CALL("write.via_dup", write(d, "dup", 3));
    memset(buf, 0, sizeof buf);
    CALL("read.via_dup", read(p[0], buf, sizeof buf));
    RECORD("read.via_dup.data", "%s", buf);
    CALL("close.dup", close(d));
    CALL("read.after_all_writers", read(p[0], buf, sizeof buf));
    close(p[0]);

    /* the lowest free number is handed out again (POSIX) */
    CHECK(pipe(p) == 0);
    int low = p[0] < p[1] ? p[0] : p[1];
    CALL("close.low", close(low));
    int again = CALL_FD("dup.reuses", dup(p[0] == low ? p[1] : p[0]));
    RECORD("dup.reuses.lowest", "%s", again == low ? "yes" : "no");
    close(again);
    close(p[0] == low ? p[1] : p[0]);

    /* a regular file */
    char path[512];
    snprintf(path, sizeof path, "%s/close.txt", check_scratch_dir);
    int f = CALL_FD("open.file", open(path, O_CREAT | O_RDWR | O_TRUNC, 0644));
    CALL("write.file", write(f, "data", 4));
    CALL("close.file", close(f));
    CALL("close.file.again", close(f));
    f = CALL_FD("open.file.reopen", open(path, O_RDONLY));
    memset(buf, 0, sizeof buf);
    CALL("read.file", read(f, buf, sizeof buf));
    RECORD("read.file.data", "%s", buf);
    CALL("close.file.reopened", close(f));
    return check_done();
}
