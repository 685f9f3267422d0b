/* lockf(): musl's, over fcntl record locks. Within one process every lock
 * is granted and F_TEST finds the range free. */
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512];
    snprintf(path, sizeof path, "%s/lockf", dir);
    int fd = CALL_FD("open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CHECK(write(fd, "0123456789", 10) == 10);
    CHECK(lseek(fd, 2, SEEK_SET) == 2);
    CALL("lock.4", lockf(fd, F_LOCK, 4));
    CALL("test.4", lockf(fd, F_TEST, 4));
    CALL("tlock.to_eof", lockf(fd, F_TLOCK, 0));
    CALL("test.before", lockf(fd, F_TEST, -2));
    CALL("ulock.4", lockf(fd, F_ULOCK, 4));
    CALL("ulock.to_eof", lockf(fd, F_ULOCK, 0));
    CALL("tlock.before_0", lockf(fd, F_TLOCK, -5));
    CALL("bad_cmd", lockf(fd, 99, 1));
    CALL("bad_fd", lockf(12345, F_LOCK, 1));
    CALL("bad_fd.test", lockf(12345, F_TEST, 1));
    int ro = CALL_FD("open.rdonly", open(path, O_RDONLY));
    CALL("rdonly.lock", lockf(ro, F_LOCK, 1));
    CALL("rdonly.test", lockf(ro, F_TEST, 1));
    close(ro);
    close(fd);
    return check_done();
}
