/* fchdir(): to an open directory (relative names then resolve there);
 * ENOTDIR for a file descriptor, EBADF for a closed one; the directory is
 * unchanged after a failure. */
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static char base[PATH_MAX];
#define where() check_cwd_below(base)

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    CHECK(chdir(dir) == 0);
    CHECK(getcwd(base, sizeof base) != NULL);
    CHECK(mkdir("sub", 0755) == 0);
    int w = open("sub/file.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(w >= 0);
    close(w);

    int d = CALL_FD("open.dir", open("sub", O_RDONLY | O_DIRECTORY));
    CALL("fchdir.dir", fchdir(d));
    RECORD("cwd.dir", "%s", where());
    struct stat st;
    CALL("stat.relative", stat("file.txt", &st));
    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/sub/file.txt", base);
    int f = CALL_FD("open.file", open(path, O_RDONLY));
    CALL("fchdir.file", fchdir(f));
    close(f);
    CALL("fchdir.closed", fchdir(f));
    CALL("fchdir.negative", fchdir(-1));
    RECORD("cwd.after_failures", "%s", where());
    int up = CALL_FD("open.base", open(base, O_RDONLY | O_DIRECTORY));
    CALL("fchdir.base", fchdir(up));
    RECORD("cwd.base", "%s", where());
    close(up);
    close(d);
    return check_done();
}
