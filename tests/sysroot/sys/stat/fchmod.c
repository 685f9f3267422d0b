/* fchmod(): succeeds on an open file and on a pipe; the new permission bits
 * show in fstat; a closed descriptor is EBADF. */
#include <sys/stat.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512];
    snprintf(path, sizeof path, "%s/file.txt", dir);
    int fd = CALL_FD("open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CALL("fchmod.0600", fchmod(fd, 0600));
    struct stat st;
    CHECK(fstat(fd, &st) == 0);
    RECORD("fchmod.0600.mode", "%03o", (unsigned)(st.st_mode & 0777));
    RECORD("fchmod.0600.regular", "%d", S_ISREG(st.st_mode));
    CALL("fchmod.0644", fchmod(fd, 0644));
    CHECK(fstat(fd, &st) == 0);
    RECORD("fchmod.0644.mode", "%03o", (unsigned)(st.st_mode & 0777));
    close(fd);
    CALL("fchmod.closed", fchmod(fd, 0600));
    CALL("fchmod.bad_fd", fchmod(12345, 0600));
    int p[2];
    CHECK(pipe(p) == 0);
    CALL("fchmod.pipe", fchmod(p[0], 0600));
    close(p[0]);
    close(p[1]);
    return check_done();
}
