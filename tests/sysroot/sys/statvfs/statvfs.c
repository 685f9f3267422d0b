/* statvfs(): the scratch directory's file system has a block size and some
 * blocks; a missing path is ENOENT. */
#include <sys/statvfs.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    struct statvfs sv;
    memset(&sv, 0, sizeof sv);
    CALL("statvfs", statvfs(dir, &sv));
    RECORD("statvfs.bsize", "%s", sv.f_bsize > 0 ? "positive" : "zero");
    RECORD("statvfs.blocks", "%s", sv.f_blocks > 0 ? "positive" : "zero");
    char path[512];
    snprintf(path, sizeof path, "%s/missing/file", dir);
    CALL("statvfs.missing", statvfs(path, &sv));
    return check_done();
}
