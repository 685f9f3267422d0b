/* tmpfile, tmpnam, tempnam: a fresh read-write stream that has no name
 * left, names that do not exist yet, in the directory glibc picks. */
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    unsetenv("TMPDIR");
    FILE *f = tmpfile();
    RECORD("tmpfile", "%d", f != NULL);
    if (f) {
        RECORD("tmpfile.write", "%d", fputs("temporary", f) >= 0);
        rewind(f);
        char buf[32] = {0};
        RECORD("tmpfile.read", "%s", fgets(buf, sizeof buf, f) ? buf : "<none>");
        RECORD("tmpfile.mode", "%s", check_fl_name(fcntl(fileno(f), F_GETFL)));
        fclose(f);
    }
    char name[L_tmpnam];
    struct stat st;
    char *n = tmpnam(name);
    RECORD("tmpnam", "%d", n == name);
    RECORD("tmpnam.in_tmpdir", "%d", strncmp(name, P_tmpdir "/", strlen(P_tmpdir) + 1) == 0);
    RECORD("tmpnam.free", "%d", stat(name, &st) != 0);
    n = tmpnam(NULL);
    RECORD("tmpnam.static", "%d", n != NULL && strncmp(n, P_tmpdir "/", strlen(P_tmpdir) + 1) == 0);

    char *t = tempnam(dir, "pre");
    char want[512];
    snprintf(want, sizeof want, "%s/pre", dir);
    RECORD("tempnam.dir", "%d", t && strncmp(t, want, strlen(want)) == 0 && stat(t, &st) != 0);
    free(t);
    t = tempnam(dir, "longprefix");
    snprintf(want, sizeof want, "%s/longp", dir);
    /* cut to five bytes: what follows "longp" is the random part, not the
     * rest of the prefix (one random letter may well be an 'r') */
    RECORD("tempnam.prefix_cut", "%d", t && strncmp(t, want, strlen(want)) == 0 && strncmp(t + strlen(want), "refix", 5) != 0);
    free(t);
    t = tempnam("/no/such/dir", NULL);
    RECORD("tempnam.fallback", "%d", t && strncmp(t, P_tmpdir "/", strlen(P_tmpdir) + 1) == 0);
    free(t);
    setenv("TMPDIR", dir, 1);
    t = tempnam("/no/such/dir", "e");
    snprintf(want, sizeof want, "%s/e", dir);
    RECORD("tempnam.env", "%d", t && strncmp(t, want, strlen(want)) == 0);
    free(t);
    return check_done();
}
