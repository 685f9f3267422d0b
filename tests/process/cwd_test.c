/* cwd_test.c - getcwd (ERANGE on a small buffer), chdir, relative opens
 * after chdir, fchdir, isatty/ttyname, sysconf, sched_yield.
 * Works in a directory tree it creates under /tmp. */
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    char buf[PATH_MAX], buf2[PATH_MAX];
    const char *dir = argc > 1 ? argv[1] : "/tmp/cwd_test";
    char path[PATH_MAX];
    mkdir(dir, 0755);
    snprintf(path, sizeof path, "%s/sub", dir);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/sub/file.txt", dir);
    int wfd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(wfd >= 0 && write(wfd, "in sub\n", 7) == 7);
    close(wfd);

    CHECK(getcwd(buf, sizeof buf) == buf);
    CHECK(buf[0] == '/');
    errno = 0;
    CHECK(getcwd(buf2, 2) == NULL && errno == ERANGE);
    CHECK(getcwd(buf2, 0) == NULL && errno == EINVAL);
    char *dyn = getcwd(NULL, 0);
    CHECK(dyn && strcmp(dyn, buf) == 0);
    free(dyn);

    CHECK(chdir(dir) == 0);
    CHECK(getcwd(buf, sizeof buf) && strcmp(buf, dir) == 0);
    CHECK(chdir("sub") == 0);
    snprintf(buf2, sizeof buf2, "%s/sub", dir);
    CHECK(getcwd(buf, sizeof buf) && strcmp(buf, buf2) == 0);

    /* relative open resolves against the new directory */
    int fd = open("file.txt", O_RDONLY);
    CHECK(fd >= 0);
    char text[32] = {0};
    CHECK(fd >= 0 && read(fd, text, sizeof text - 1) == 7 && strcmp(text, "in sub\n") == 0);
    close(fd);
    struct stat st;
    CHECK(stat("./file.txt", &st) == 0 && st.st_size == 7);
    CHECK(stat("../sub/file.txt", &st) == 0);

    /* create relative, find it absolute */
    fd = open("new.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0 && write(fd, "x", 1) == 1);
    close(fd);
    snprintf(buf2, sizeof buf2, "%s/sub/new.txt", dir);
    CHECK(stat(buf2, &st) == 0 && st.st_size == 1);
    CHECK(unlink("new.txt") == 0);

    CHECK(chdir("..") == 0);
    CHECK(getcwd(buf, sizeof buf) && strcmp(buf, dir) == 0);
    CHECK(chdir("sub/file.txt") == -1 && errno == ENOTDIR);
    CHECK(chdir("no-such-dir") == -1 && errno == ENOENT);
    CHECK(getcwd(buf, sizeof buf) && strcmp(buf, dir) == 0);

    /* fchdir on a directory descriptor: works for preopens, ENOTDIR for files */
    fd = open("sub/file.txt", O_RDONLY);
    CHECK(fchdir(fd) == -1 && errno == ENOTDIR);
    close(fd);
    CHECK(fchdir(3) == 0);
    CHECK(getcwd(buf, sizeof buf) != NULL);

    /* sysconf, sched_yield */
    CHECK(sysconf(_SC_PAGESIZE) == 65536);
    CHECK(sysconf(_SC_NPROCESSORS_ONLN) >= 1);
    CHECK(sysconf(_SC_OPEN_MAX) == -1 || sysconf(_SC_OPEN_MAX) > 0); /* -1: no fixed limit */
    CHECK(sysconf(_SC_CLK_TCK) > 0);
    CHECK(sysconf(_SC_ARG_MAX) > 0);
    CHECK(sched_yield() == 0);
    CHECK_DONE("cwd_test");
}
