/* unlink(): removes a closed file; ENOENT for a missing one; and a file that
 * is still open (in the scratch directory, a --dir mount under WASIX) leaves
 * its directory at once while the descriptor keeps working: what is written
 * through it reads back, and after the last close nothing comes back. */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512], buf[32];
    struct stat st;
    snprintf(path, sizeof path, "%s/unlink-closed.txt", dir);
    int fd = CALL_FD("closed.open", open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644));
    CALL("closed.close", close(fd));
    CALL("closed.unlink", unlink(path));
    CALL("closed.stat_after", stat(path, &st));
    CALL("missing.unlink", unlink(path));

    snprintf(path, sizeof path, "%s/unlink-open.txt", dir);
    fd = CALL_FD("open.open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CALL("open.write_before", write(fd, "before;", 7));
    CALL("open.unlink", unlink(path));
    CALL("open.stat_after_unlink", stat(path, &st));
    CALL("open.write_after", write(fd, "after;", 6));
    memset(buf, 0, sizeof buf);
    CALL("open.pread", pread(fd, buf, sizeof buf - 1, 0));
    RECORD("open.content", "%s", buf);
    CALL("open.close", close(fd));
    CALL("open.stat_after_close", stat(path, &st));
    return check_done();
}
