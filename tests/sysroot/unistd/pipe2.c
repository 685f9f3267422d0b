/* pipe2(): flags O_CLOEXEC and O_NONBLOCK on both ends, bad flags, queued
 * writes read at once, and pread/pwrite/preadv/pwritev/lseek refused with
 * ESPIPE. */
#include <sys/uio.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int p[2] = {-1, -1};
    char buf[64];

    CALL("pipe2.null", pipe2(BAD_NULL, 0));
    CALL("pipe2.bad_flags", pipe2(p, 0x40000000));
    CALL("pipe2.o_append", pipe2(p, O_APPEND));
    CALL("pipe2.o_rdwr", pipe2(p, O_RDWR));

    /* no flags */
    CHECK(CALL("pipe2.0", pipe2(p, 0)) == 0);
    CALL("pipe2.0.getfd.read", fcntl(p[0], F_GETFD));
    CALL("pipe2.0.getfd.write", fcntl(p[1], F_GETFD));
    RECORD("pipe2.0.getfl.read", "%s", check_fl_name(fcntl(p[0], F_GETFL)));
    RECORD("pipe2.0.getfl.write", "%s", check_fl_name(fcntl(p[1], F_GETFL)));

    /* several writes, then one read returns every queued byte */
    CALL("write.1", write(p[1], "ab", 2));
    CALL("write.2", write(p[1], "cde", 3));
    CALL("write.3", write(p[1], "f", 1));
    memset(buf, 0, sizeof buf);
    CALL("read.all", read(p[0], buf, sizeof buf));
    RECORD("read.all.data", "%s", buf);

    /* seeking and positioned I/O make no sense on a pipe (non-blocking, so
     * that a pread that reads anyway cannot hang the test) */
    CHECK(fcntl(p[0], F_SETFL, O_NONBLOCK) == 0);
    CALL("pwrite.write_end", pwrite(p[1], "x", 1, 0));
    CALL("pread.read_end", pread(p[0], buf, 1, 0));
    CALL("pread.read_end.offset", pread(p[0], buf, 1, 5));
    CALL("lseek.read_end", lseek(p[0], 0, SEEK_CUR));
    CALL("lseek.write_end", lseek(p[1], 10, SEEK_SET));
    struct iovec iov = {buf, 1};
    char x = 'v';
    struct iovec wiov = {&x, 1};
    CALL("pwritev.write_end", pwritev(p[1], &wiov, 1, 0));
    CALL("preadv.read_end", preadv(p[0], &iov, 1, 0));
    /* nothing above put data in the pipe */
    CALL("write.after", write(p[1], "z", 1));
    memset(buf, 0, sizeof buf);
    CALL("read.after", read(p[0], buf, sizeof buf));
    RECORD("read.after.data", "%s", buf);
    CHECK(fcntl(p[0], F_SETFL, 0) == 0);
    close(p[0]);
    close(p[1]);

    /* O_CLOEXEC: FD_CLOEXEC on both ends, status flags unchanged */
    CHECK(CALL("pipe2.cloexec", pipe2(p, O_CLOEXEC)) == 0);
    CALL("pipe2.cloexec.getfd.read", fcntl(p[0], F_GETFD));
    CALL("pipe2.cloexec.getfd.write", fcntl(p[1], F_GETFD));
    RECORD("pipe2.cloexec.getfl.read", "%s", check_fl_name(fcntl(p[0], F_GETFL)));
    /* dup3(O_CLOEXEC) marks the copy, dup() does not */
    CALL("dup3.cloexec", dup3(p[0], 70, O_CLOEXEC));
    CALL("dup3.cloexec.getfd", fcntl(70, F_GETFD));
    int d = CALL_FD("dup.of_cloexec", dup(p[0]));
    CALL("dup.of_cloexec.getfd", fcntl(d, F_GETFD));
    close(d);
    close(70);
    close(p[0]);
    close(p[1]);

    /* O_NONBLOCK: both ends non-blocking, an empty read is EAGAIN */
    CHECK(CALL("pipe2.nonblock", pipe2(p, O_NONBLOCK)) == 0);
    RECORD("pipe2.nonblock.getfl.read", "%s", check_fl_name(fcntl(p[0], F_GETFL)));
    RECORD("pipe2.nonblock.getfl.write", "%s", check_fl_name(fcntl(p[1], F_GETFL)));
    CALL("pipe2.nonblock.getfd.read", fcntl(p[0], F_GETFD));
    CALL("read.empty", read(p[0], buf, sizeof buf));
    CALL("write.nonblock", write(p[1], "nb", 2));
    memset(buf, 0, sizeof buf);
    CALL("read.nonblock", read(p[0], buf, sizeof buf));
    RECORD("read.nonblock.data", "%s", buf);
    /* a full pipe refuses more with EAGAIN instead of blocking */
    static char chunk[4096];
    long total = 0;
    ssize_t n;
    while ((n = write(p[1], chunk, sizeof chunk)) > 0 && total < (1L << 24)) total += n;
    if (n > 0)
        RECORD("write.until_full", "no EAGAIN after %ld MiB", total >> 20);
    else
        RECORD("write.until_full", "%s", n == -1 ? check_errno_name(errno) : "0");
    CHECK(total > 0);
    close(p[0]);
    close(p[1]);

    /* both flags */
    CHECK(CALL("pipe2.both", pipe2(p, O_NONBLOCK | O_CLOEXEC)) == 0);
    CALL("pipe2.both.getfd.write", fcntl(p[1], F_GETFD));
    RECORD("pipe2.both.getfl.write", "%s", check_fl_name(fcntl(p[1], F_GETFL)));
    close(p[0]);
    close(p[1]);
    return check_done();
}
