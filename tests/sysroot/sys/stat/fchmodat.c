/* fchmodat(): relative to a directory descriptor or AT_FDCWD; the new
 * permission bits show in stat; a missing file is ENOENT, an unknown flag
 * EINVAL, a closed directory descriptor with a relative path EBADF. */
#include <sys/stat.h>

#include "check.h"

static void record_mode(const char *name, const char *path) {
    struct stat st;
    if (stat(path, &st) != 0)
        RECORD(name, "%s", check_errno_name(errno));
    else
        RECORD(name, "%03o", (unsigned)(st.st_mode & 0777));
}

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512];
    snprintf(path, sizeof path, "%s/file.txt", dir);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0);
    close(fd);
    CALL("fchmodat.cwd", fchmodat(AT_FDCWD, path, 0600, 0));
    record_mode("fchmodat.cwd.mode", path);
    int d = CALL_FD("open.dir", open(dir, O_RDONLY | O_DIRECTORY));
    CALL("fchmodat.dirfd", fchmodat(d, "file.txt", 0640, 0));
    record_mode("fchmodat.dirfd.mode", path);
    CALL("fchmodat.missing", fchmodat(d, "missing.txt", 0600, 0));
    CALL("fchmodat.bad_flag", fchmodat(d, "file.txt", 0600, 0x4000));
    close(d);
    CALL("fchmodat.closed_dirfd", fchmodat(12345, "file.txt", 0600, 0));
    return check_done();
}
