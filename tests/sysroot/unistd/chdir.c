/* chdir(): relative paths, "..", relative opens and stat after it, files
 * created relative land in the new directory; ENOTDIR for a file,
 * ENOENT for a missing directory, and the directory is unchanged after a
 * failure. Paths are recorded relative to the scratch directory. */
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static char base[PATH_MAX];
#define where() check_cwd_below(base)

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[PATH_MAX + 32];
    CALL("chdir.scratch", chdir(dir));
    CHECK(getcwd(base, sizeof base) != NULL);
    CHECK(mkdir("sub", 0755) == 0);
    int w = open("sub/file.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(w >= 0 && write(w, "in sub\n", 7) == 7);
    close(w);

    CALL("chdir.sub", chdir("sub"));
    RECORD("cwd.sub", "%s", where());
    int fd = CALL_FD("open.relative", open("file.txt", O_RDONLY));
    char text[32] = {0};
    CALL("read.relative", read(fd, text, sizeof text - 1));
    RECORD("read.relative.data", "%s", text);
    close(fd);
    struct stat st;
    CALL("stat.dot", stat("./file.txt", &st));
    RECORD("stat.dot.size", "%ld", (long)st.st_size);
    CALL("stat.dotdot", stat("../sub/file.txt", &st));
    fd = CALL_FD("open.create_relative", open("new.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644));
    CALL("write.created", write(fd, "x", 1));
    close(fd);
    snprintf(path, sizeof path, "%s/sub/new.txt", base);
    CALL("stat.created.absolute", stat(path, &st));
    CALL("unlink.relative", unlink("new.txt"));

    CALL("chdir.dotdot", chdir(".."));
    RECORD("cwd.dotdot", "%s", where());
    CALL("chdir.file", chdir("sub/file.txt"));
    CALL("chdir.missing", chdir("no-such-dir"));
    CALL("chdir.empty", chdir(""));
    RECORD("cwd.after_failures", "%s", where());
    CALL("chdir.absolute", chdir(path[0] ? base : "."));
    RECORD("cwd.absolute", "%s", where());
    return check_done();
}
