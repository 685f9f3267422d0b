/* realpath(): "." and ".." and repeated slashes are resolved, a symbolic
 * link is followed, the result is absolute (recorded below the scratch
 * directory); with a null buffer the result is allocated; a missing file
 * is ENOENT, a file used as a directory ENOTDIR, an empty path ENOENT, a
 * null path EINVAL. */
#include <limits.h>
#include <sys/stat.h>

#include "check.h"

static char base[PATH_MAX];

/* The result below the resolved scratch directory, or the errno. */
static void record_realpath(const char *name, const char *path) {
    char out[PATH_MAX];
    errno = 0;
    char *r = realpath(path, out);
    if (!r) {
        RECORD(name, "NULL %s", check_errno_name(errno));
        return;
    }
    size_t n = strlen(base);
    if (strncmp(r, base, n) == 0 && (r[n] == '/' || r[n] == 0))
        RECORD(name, "<scratch>%s", r + n);
    else
        RECORD(name, "outside %s", r[0] == '/' ? "absolute" : "relative");
}

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    CHECK(realpath(dir, base) != NULL);
    char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/sub", dir);
    CHECK(mkdir(path, 0755) == 0 || errno == EEXIST);
    snprintf(path, sizeof path, "%s/sub/file.txt", dir);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0);
    close(fd);

    record_realpath("scratch", dir);
    snprintf(path, sizeof path, "%s/sub/./../sub//file.txt", dir);
    record_realpath("dots", path);
    snprintf(path, sizeof path, "%s/sub/", dir);
    record_realpath("trailing_slash", path);
    snprintf(path, sizeof path, "%s/missing", dir);
    record_realpath("missing", path);
    snprintf(path, sizeof path, "%s/missing/deeper", dir);
    record_realpath("missing.parent", path);
    snprintf(path, sizeof path, "%s/sub/file.txt/x", dir);
    record_realpath("not_dir", path);
    record_realpath("empty", "");

    char target[PATH_MAX + 64], link[PATH_MAX + 64];
    snprintf(target, sizeof target, "%s/sub/file.txt", dir);
    snprintf(link, sizeof link, "%s/link", dir);
    unlink(link);
    if (CALL("symlink", symlink(target, link)) == 0) record_realpath("symlink.resolved", link);

    CHECK(chdir(dir) == 0);
    record_realpath("relative", "sub/../sub/file.txt");
    record_realpath("dot", ".");

    snprintf(path, sizeof path, "%s/sub/file.txt", dir);
    errno = 0;
    char *alloc = realpath(path, NULL);
    RECORD("allocated", "%s", alloc ? (strcmp(alloc + strlen(base), "/sub/file.txt") == 0 ? "right" : alloc)
                                    : check_errno_name(errno));
    free(alloc);
    errno = 0;
    char *r = realpath(BAD_NULL, NULL);
    RECORD("null_path", "%s %s", r ? "path" : "NULL", check_errno_name(errno));
    return check_done();
}
