/* mkstemp and its family (musl's, over open with O_EXCL): the X's are
 * replaced, the file is new and open read-write, flags and suffixes work,
 * bad templates are EINVAL; mkdtemp makes a directory, mktemp only a name. */
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static int ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char t[512], u[512];
    struct stat st;

    snprintf(t, sizeof t, "%s/tmpXXXXXX", dir);
    int fd = CALL_FD("mkstemp", mkstemp(t));
    RECORD("mkstemp.replaced", "%d", strstr(t, "XXXXXX") == NULL && strlen(t) == strlen(dir) + 10);
    RECORD("mkstemp.exists", "%d", stat(t, &st) == 0 && S_ISREG(st.st_mode));
    RECORD("mkstemp.mode", "%s", check_fl_name(fcntl(fd, F_GETFL)));
    CALL("mkstemp.write", write(fd, "abc", 3));
    close(fd);
    /* a second call gives another name */
    snprintf(u, sizeof u, "%s/tmpXXXXXX", dir);
    fd = CALL_FD("mkstemp.second", mkstemp(u));
    RECORD("mkstemp.differs", "%d", strcmp(t, u) != 0);
    close(fd);

    snprintf(t, sizeof t, "%s/tmpXXXXX", dir);
    CALL("mkstemp.five_x", mkstemp(t));
    snprintf(t, sizeof t, "%s/tmpXXXXXXy", dir);
    CALL("mkstemp.x_not_last", mkstemp(t));
    snprintf(t, sizeof t, "%s/no/such/dir/tmpXXXXXX", dir);
    CALL("mkstemp.no_dir", mkstemp(t));

    snprintf(t, sizeof t, "%s/cloXXXXXX", dir);
    fd = CALL_FD("mkostemp.cloexec", mkostemp(t, O_CLOEXEC));
    RECORD("mkostemp.cloexec.fd", "%d", fcntl(fd, F_GETFD) & FD_CLOEXEC);
    close(fd);
    snprintf(t, sizeof t, "%s/appXXXXXX", dir);
    fd = CALL_FD("mkostemp.append", mkostemp(t, O_APPEND));
    RECORD("mkostemp.append.fl", "%s", check_fl_name(fcntl(fd, F_GETFL)));
    close(fd);

    snprintf(t, sizeof t, "%s/sufXXXXXX.txt", dir);
    fd = CALL_FD("mkstemps", mkstemps(t, 4));
    RECORD("mkstemps.suffix_kept", "%d", ends_with(t, ".txt") && strstr(t, "XXXXXX") == NULL);
    close(fd);
    snprintf(t, sizeof t, "%s/sufXXXXXX.txt", dir);
    CALL("mkstemps.bad_suffix_len", mkstemps(t, 5));
    snprintf(t, sizeof t, "%s/osXXXXXX.c", dir);
    fd = CALL_FD("mkostemps", mkostemps(t, 2, O_CLOEXEC));
    RECORD("mkostemps.cloexec", "%d", fcntl(fd, F_GETFD) & FD_CLOEXEC);
    close(fd);

    snprintf(t, sizeof t, "%s/dirXXXXXX", dir);
    char *d = mkdtemp(t);
    RECORD("mkdtemp", "%d", d == t);
    RECORD("mkdtemp.is_dir", "%d", stat(t, &st) == 0 && S_ISDIR(st.st_mode));
    snprintf(t, sizeof t, "%s/dirXXXX", dir);
    errno = 0;
    d = mkdtemp(t);
    RECORD("mkdtemp.bad", "%d %s", d == NULL, check_errno_name(errno));

    snprintf(t, sizeof t, "%s/nameXXXXXX", dir);
    char *m = mktemp(t);
    RECORD("mktemp", "%d", m == t && strstr(t, "XXXXXX") == NULL && stat(t, &st) != 0);
    snprintf(t, sizeof t, "%s/nameXX", dir);
    m = mktemp(t);
    RECORD("mktemp.bad", "%d", m == t && t[0] == '\0');
    return check_done();
}
