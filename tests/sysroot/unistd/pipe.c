/* pipe(): a unidirectional channel; data (write, writev), EOF, EPIPE, access
 * modes, and the calls a pipe refuses (ESPIPE). */
#include <signal.h>
#include <sys/uio.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    signal(SIGPIPE, SIG_IGN);
    int p[2] = {-1, -1};
    char buf[64];

    CALL("pipe.null", pipe(BAD_NULL));

    CHECK(CALL("pipe", pipe(p)) == 0);
    CHECK(p[0] >= 0 && p[1] >= 0 && p[0] != p[1]);
    RECORD("pipe.read_end.getfl", "%s", check_fl_name(fcntl(p[0], F_GETFL)));
    RECORD("pipe.write_end.getfl", "%s", check_fl_name(fcntl(p[1], F_GETFL)));
    CALL("pipe.read_end.getfd", fcntl(p[0], F_GETFD));
    CALL("pipe.write_end.getfd", fcntl(p[1], F_GETFD));

    /* data goes from the write end to the read end, not the other way */
    CALL("write.hello", write(p[1], "hello", 5));
    memset(buf, 0, sizeof buf);
    CALL("read.hello", read(p[0], buf, sizeof buf));
    RECORD("read.hello.data", "%s", buf);
    CALL("write.read_end", write(p[0], "x", 1));
    CALL("read.write_end", read(p[1], buf, sizeof buf));

    /* a pipe cannot seek */
    CALL("lseek.read_end", lseek(p[0], 0, SEEK_SET));
    CALL("lseek.write_end.cur", lseek(p[1], 0, SEEK_CUR));

    /* EOF once every write end is closed, after the queued data */
    CALL("write.tail", write(p[1], "tail", 4));
    CALL("close.write_end", close(p[1]));
    memset(buf, 0, sizeof buf);
    CALL("read.tail", read(p[0], buf, sizeof buf));
    RECORD("read.tail.data", "%s", buf);
    CALL("read.eof", read(p[0], buf, sizeof buf));
    CALL("close.read_end", close(p[0]));

    /* EPIPE once the read end is closed (SIGPIPE ignored) */
    CHECK(pipe(p) == 0);
    CALL("close.reader", close(p[0]));
    CALL("write.no_reader", write(p[1], "x", 1));
    CALL("close.writer", close(p[1]));

    /* writev: the buffers arrive in order, as one stream */
    CHECK(pipe(p) == 0);
    struct iovec iov[3] = {{"ab", 2}, {"", 0}, {"cde", 3}};
    CALL("writev", writev(p[1], iov, 3));
    memset(buf, 0, sizeof buf);
    CALL("read.writev", read(p[0], buf, sizeof buf));
    RECORD("read.writev.data", "%s", buf);
    CALL("writev.read_end", writev(p[0], iov, 3));
    volatile int minus1 = -1; /* hidden from the compiler's bounds checks */
    CALL("writev.bad_count", writev(p[1], iov, minus1));
    close(p[0]);
    close(p[1]);

    /* a large write comes out whole, in order */
    CHECK(pipe(p) == 0);
    static char big[4000], back[4000];
    for (size_t i = 0; i < sizeof big; ++i) big[i] = (char)('a' + i % 26);
    CALL("write.big", write(p[1], big, sizeof big));
    size_t got = 0;
    while (got < sizeof back) {
        ssize_t n = read(p[0], back + got, sizeof back - got);
        if (n <= 0) break;
        got += (size_t)n;
    }
    RECORD("read.big", "%zu bytes, %s", got, memcmp(big, back, sizeof big) == 0 ? "equal" : "different");
    close(p[0]);
    close(p[1]);

    /* each pipe() makes two new descriptors */
    int q[2];
    CHECK(pipe(p) == 0 && pipe(q) == 0);
    RECORD("pipe.distinct", "%s", (p[0] != q[0] && p[0] != q[1] && p[1] != q[0] && p[1] != q[1]) ? "yes" : "no");
    close(p[0]);
    close(p[1]);
    close(q[0]);
    close(q[1]);
    return check_done();
}
