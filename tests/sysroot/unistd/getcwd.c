/* getcwd(): the absolute path of the working directory (recorded relative
 * to the scratch directory, whose own path differs); ERANGE for a buffer too
 * small, EINVAL for size 0 with a buffer, an allocated buffer for NULL. */
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

/* The path below the scratch directory, "." for the scratch directory. */
static const char *below(const char *path, const char *dir) {
    size_t n = strlen(dir);
    if (strncmp(path, dir, n) != 0) return path;
    return path[n] ? path + n + 1 : ".";
}

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char buf[PATH_MAX], small[2], sub[PATH_MAX];
    CHECK(chdir(dir) == 0);
    char *cwd = getcwd(buf, sizeof buf);
    RECORD("getcwd", "%s", cwd == buf ? "buf" : check_errno_name(errno));
    RECORD("getcwd.absolute", "%s", buf[0] == '/' ? "yes" : "no");
    char real[PATH_MAX];
    CHECK(strlen(buf) < sizeof real);
    strcpy(real, buf);

    snprintf(sub, sizeof sub, "%s/sub", real);
    CHECK(mkdir(sub, 0755) == 0);
    CHECK(chdir("sub") == 0);
    RECORD("getcwd.sub", "%s", getcwd(buf, sizeof buf) ? below(buf, real) : check_errno_name(errno));

    errno = 0;
    RECORD("getcwd.small", "%s %s", getcwd(small, sizeof small) ? "buf" : "NULL", check_errno_name(errno));
    errno = 0;
    RECORD("getcwd.size0", "%s %s", getcwd(small, 0) ? "buf" : "NULL", check_errno_name(errno));
    char *dyn = getcwd(NULL, 0);
    RECORD("getcwd.alloc", "%s", dyn ? below(dyn, real) : check_errno_name(errno));
    free(dyn);
    dyn = getcwd(NULL, 3);
    RECORD("getcwd.alloc.small", "%s %s", dyn ? "buf" : "NULL", dyn ? "" : check_errno_name(errno));
    free(dyn);
    return check_done();
}
