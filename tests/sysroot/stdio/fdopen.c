/* fdopen(): a stream over a descriptor opened read-write reads what was
 * written through the descriptor; fstat tells a regular file from a pipe;
 * a mode the descriptor does not allow is EINVAL; a bad descriptor EBADF. */
#include <sys/stat.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512], buf[16] = {0};
    snprintf(path, sizeof path, "%s/data.txt", dir);
    int fd = CALL_FD("open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CALL("write", write(fd, "data", 4));
    CALL("lseek", lseek(fd, 0, SEEK_SET));
    struct stat st;
    CALL("fstat.file", fstat(fd, &st));
    RECORD("fstat.file.regular", "%d", S_ISREG(st.st_mode));
    int p[2];
    CHECK(pipe(p) == 0);
    CALL("fstat.pipe", fstat(p[0], &st));
    RECORD("fstat.pipe.regular", "%d", S_ISREG(st.st_mode));
    RECORD("fstat.pipe.fifo", "%d", S_ISFIFO(st.st_mode));
    errno = 0;
    FILE *w = fdopen(p[0], "w");
    RECORD("fdopen.wrong_mode", "%s %s", w ? "stream" : "NULL", w ? "" : check_errno_name(errno));
    if (w) fclose(w);
    close(p[0]);
    close(p[1]);
    FILE *f = fdopen(fd, "r");
    RECORD("fdopen", "%s", f ? "stream" : check_errno_name(errno));
    if (f) {
        RECORD("fdopen.read", "%s", fgets(buf, sizeof buf, f) ? buf : "EOF");
        fclose(f);
    }
    errno = 0;
    f = fdopen(12345, "r");
    RECORD("fdopen.bad_fd", "%s %s", f ? "stream" : "NULL", f ? "" : check_errno_name(errno));
    return check_done();
}
