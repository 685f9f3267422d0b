/* fdatasync(): a file, a directory (which Linux syncs: programs rely on it to
 * make a rename durable), a read-only descriptor, a bad descriptor. */
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512];
    snprintf(path, sizeof path, "%s/fdatasync", dir);
    int fd = CALL_FD("open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CHECK(write(fd, "data", 4) == 4);
    CALL("fdatasync.file", fdatasync(fd));
    int ro = CALL_FD("open.rdonly", open(path, O_RDONLY));
    CALL("fdatasync.rdonly", fdatasync(ro));
    int d = CALL_FD("open.dir", open(dir, O_RDONLY | O_DIRECTORY));
    CALL("fdatasync.dir", fdatasync(d));
    CALL("fdatasync.bad_fd", fdatasync(12345));
    CALL("fdatasync.minus1", fdatasync(-1));
    close(d);
    close(ro);
    close(fd);
    return check_done();
}
