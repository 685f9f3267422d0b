/* read(): pipes, regular files, sockets; EOF, EAGAIN, bad descriptors and
 * bad buffers. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int p[2];
    char buf[64];

    CALL("read.minus1", read(-1, buf, sizeof buf));
    CALL("read.large", read(12345, buf, sizeof buf));

    CHECK(pipe(p) == 0);
    CALL("read.write_end", read(p[1], buf, sizeof buf));
    CHECK(write(p[1], "0123456789", 10) == 10);
    CALL("read.count0", read(p[0], buf, 0));
    memset(buf, 0, sizeof buf);
    CALL("read.part", read(p[0], buf, 4));
    RECORD("read.part.data", "%s", buf);
    /* asking for more than is there returns what is there */
    memset(buf, 0, sizeof buf);
    CALL("read.rest", read(p[0], buf, sizeof buf));
    RECORD("read.rest.data", "%s", buf);

    /* bad buffers, each with data waiting; non-blocking, so that a call
     * that consumed the data cannot make the next one wait */
    CHECK(fcntl(p[0], F_SETFL, O_NONBLOCK) == 0);
    CHECK(write(p[1], "abc", 3) == 3);
    CALL("read.null_buf", read(p[0], BAD_NULL, 3));
    while (read(p[0], buf, sizeof buf) > 0) {}
    CHECK(write(p[1], "abc", 3) == 3);
    CALL("read.far_buf", read(p[0], BAD_FAR, 3));
    while (read(p[0], buf, sizeof buf) > 0) {}
    /* a length far beyond the buffer, within the address space: only the available bytes
     * are stored. The buffer is static: natively a stack buffer may lie within 1 GiB of the
     * top of the address space (the stack's place is random), and Linux then says EFAULT. */
    static char low[64];
    CHECK(write(p[1], "abc", 3) == 3);
    volatile size_t huge = 1u << 30; /* hidden from the compiler's bounds checks */
    CALL("read.oversized_len", read(p[0], low, huge));
    RECORD("read.oversized_len.data", "%s", low);
    while (read(p[0], buf, sizeof buf) > 0) {}
    /* non-blocking and empty */
    CALL("read.empty_nonblock", read(p[0], buf, sizeof buf));
    CALL("read.empty_nonblock.count0", read(p[0], buf, 0));
    CHECK(fcntl(p[0], F_SETFL, 0) == 0);
    close(p[1]);
    CALL("read.eof", read(p[0], buf, sizeof buf));
    close(p[0]);
    CALL("read.closed", read(p[0], buf, sizeof buf));

    /* a regular file: sequential reads, then EOF */
    char path[512];
    snprintf(path, sizeof path, "%s/read.txt", check_scratch_dir);
    int f = open(path, O_CREAT | O_RDWR | O_TRUNC, 0644);
    CHECK(f >= 0);
    CHECK(write(f, "0123456789", 10) == 10);
    CALL("read.file.at_end", read(f, buf, sizeof buf));
    CHECK(lseek(f, 0, SEEK_SET) == 0);
    memset(buf, 0, sizeof buf);
    CALL("read.file.4", read(f, buf, 4));
    RECORD("read.file.4.data", "%s", buf);
    memset(buf, 0, sizeof buf);
    CALL("read.file.rest", read(f, buf, sizeof buf));
    RECORD("read.file.rest.data", "%s", buf);
    CALL("read.file.eof", read(f, buf, sizeof buf));
    CHECK(close(f) == 0);
    f = open(path, O_WRONLY);
    CHECK(f >= 0);
    CALL("read.file.wronly", read(f, buf, sizeof buf));
    close(f);

    /* a directory */
    int dir = open(check_scratch_dir, O_RDONLY | O_DIRECTORY);
    CHECK(dir >= 0);
    CALL("read.directory", read(dir, buf, sizeof buf));
    close(dir);

    /* a connected TCP socket on loopback */
    int ls = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(ls >= 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(check_port(0));
    CHECK(bind(ls, (struct sockaddr *)&a, sizeof a) == 0);
    CHECK(listen(ls, 4) == 0);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(c >= 0);
    /* a socket that is not connected yet */
    CALL("read.socket.unconnected", read(c, buf, sizeof buf));
    CHECK(connect(c, (struct sockaddr *)&a, sizeof a) == 0);
    int s = accept(ls, NULL, NULL);
    CHECK(s >= 0);
    CHECK(write(s, "xyz", 3) == 3);
    memset(buf, 0, sizeof buf);
    long got = 0;
    /* TCP may deliver in pieces; three bytes on loopback come at once */
    got = CALL("read.socket", read(c, buf, sizeof buf));
    RECORD("read.socket.data", "%s", got > 0 ? buf : "");
    CHECK(fcntl(c, F_SETFL, O_NONBLOCK) == 0);
    CALL("read.socket.empty_nonblock", read(c, buf, sizeof buf));
    CHECK(fcntl(c, F_SETFL, 0) == 0);
    CALL("read.listener", read(ls, buf, sizeof buf));
    close(s);
    CALL("read.socket.eof", read(c, buf, sizeof buf));
    close(c);
    close(ls);
    return check_done();
}
