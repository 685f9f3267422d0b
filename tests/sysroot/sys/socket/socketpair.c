/* socketpair(): AF_UNIX stream pairs (Linux: connected both ways; WASIX:
 * not available, EOPNOTSUPP); a null array is EFAULT; AF_INET is
 * EOPNOTSUPP on both. */
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int sv[2];
    int r = (int)CALL("unix.stream", socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    if (r == 0) {
        char b[4] = {0};
        CALL("unix.stream.write", write(sv[0], "ab", 2));
        CALL("unix.stream.read", read(sv[1], b, sizeof b));
        close(sv[0]);
        close(sv[1]);
    }
    CALL("unix.null", socketpair(AF_UNIX, SOCK_STREAM, 0, BAD_NULL));
    CALL("inet", socketpair(AF_INET, SOCK_STREAM, 0, sv));
    CALL("bad_family", socketpair(12345, SOCK_STREAM, 0, sv));
    return check_done();
}
