/* getcwd(): the absolute path of the working directory (recorded relative
 * to the scratch directory, whose own path differs); ERANGE for a buffer too
 * small, EINVAL for size 0 with a buffer, an allocated buffer for NULL. */
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char buf[PATH_MAX], small[2], sub[PATH_MAX + 32];
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
    RECORD("getcwd.sub", "%s", check_cwd_below(real));

    errno = 0;
    char *r = getcwd(small, sizeof small);
    RECORD("getcwd.small", "%s %s", r ? "buf" : "NULL", check_errno_name(errno));
    errno = 0;
    r = getcwd(small, 0);
    RECORD("getcwd.size0", "%s %s", r ? "buf" : "NULL", check_errno_name(errno));
    CHECK(getcwd(buf, sizeof buf) != NULL);
    char *dyn = getcwd(NULL, 0);
    RECORD("getcwd.alloc", "%s", dyn ? (strcmp(dyn, buf) ? "other" : "same as getcwd(buf)") : check_errno_name(errno));
    free(dyn);
    errno = 0;
    dyn = getcwd(NULL, 3);
    RECORD("getcwd.alloc.small", "%s %s", dyn ? "buf" : "NULL", check_errno_name(errno));
    free(dyn);
    return check_done();
}
