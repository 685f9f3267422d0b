/* fstatvfs(): the file system of an open file has a block size and some
 * blocks; a closed descriptor is EBADF. */
#include <sys/statvfs.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512];
    snprintf(path, sizeof path, "%s/file.txt", dir);
    int fd = CALL_FD("open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    struct statvfs sv;
    memset(&sv, 0, sizeof sv);
    CALL("fstatvfs", fstatvfs(fd, &sv));
    RECORD("fstatvfs.bsize", "%s", sv.f_bsize > 0 ? "positive" : "zero");
    RECORD("fstatvfs.blocks", "%s", sv.f_blocks > 0 ? "positive" : "zero");
    close(fd);
    CALL("fstatvfs.closed", fstatvfs(12345, &sv));
    return check_done();
}
