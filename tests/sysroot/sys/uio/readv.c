/* readv(): scatters a file's bytes over the buffers in order; a short file
 * fills the first buffers only; zero buffers read nothing; a negative count
 * or one above IOV_MAX is EINVAL; the write end of a pipe and a closed
 * descriptor are EBADF; from a pipe it returns what is queued; an eventfd
 * needs room for its 8-byte counter (EINVAL otherwise). */
#include <limits.h>
#include <sys/eventfd.h>
#include <sys/uio.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512];
    snprintf(path, sizeof path, "%s/data.txt", dir);
    int fd = CALL_FD("open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CHECK(write(fd, "abcdefgh", 8) == 8);
    CHECK(lseek(fd, 0, SEEK_SET) == 0);

    char a[4] = {0}, b[8] = {0};
    struct iovec iov[2] = {{a, 3}, {b, 7}};
    CALL("readv.two", readv(fd, iov, 2));
    RECORD("readv.two.data", "%s|%s", a, b);
    CALL("readv.at_end", readv(fd, iov, 2));
    CHECK(lseek(fd, 6, SEEK_SET) == 6);
    memset(a, 0, sizeof a);
    memset(b, 0, sizeof b);
    CALL("readv.short", readv(fd, iov, 2));
    RECORD("readv.short.data", "%s|%s", a, b);
    CHECK(lseek(fd, 0, SEEK_SET) == 0);
    CALL("readv.zero_count", readv(fd, iov, 0));
    struct iovec empty[2] = {{a, 0}, {b, 2}};
    memset(b, 0, sizeof b);
    CALL("readv.empty_first", readv(fd, empty, 2));
    RECORD("readv.empty_first.data", "%s", b);
    /* volatile: the compiler must not judge the counts */
    volatile int negative = -1, too_many = IOV_MAX + 1;
    CALL("readv.negative_count", readv(fd, iov, negative));
    CALL("readv.above_iov_max", readv(fd, iov, too_many));
    CALL("readv.closed", readv(12345, iov, 2));
    close(fd);

    int p[2];
    CHECK(pipe(p) == 0);
    CALL("readv.pipe_write_end", readv(p[1], iov, 2));
    CHECK(write(p[1], "12345", 5) == 5);
    memset(a, 0, sizeof a);
    memset(b, 0, sizeof b);
    CALL("readv.pipe", readv(p[0], iov, 2));
    RECORD("readv.pipe.data", "%s|%s", a, b);
    close(p[0]);
    close(p[1]);

    int e = CALL_FD("eventfd", eventfd(5, EFD_NONBLOCK));
    char c4[4], c8[8];
    struct iovec small[1] = {{c4, 4}};
    CALL("readv.eventfd.short", readv(e, small, 1));
    unsigned long long value = 0;
    struct iovec whole[1] = {{&value, sizeof value}};
    CALL("readv.eventfd", readv(e, whole, 1));
    RECORD("readv.eventfd.value", "%llu", value);
    struct iovec split[2] = {{c4, 4}, {c8, 4}};
    CALL("readv.eventfd.split_empty", readv(e, split, 2));
    close(e);
    return check_done();
}
