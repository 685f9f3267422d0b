/* execve() and the exec family on files that are not programs: a text file
 * without "#!", a truncated module, a module of another version, garbage
 * after the header, an empty file (ENOEXEC), a directory (EACCES), a
 * missing file (ENOENT), and a name not found in $PATH. Each failed exec
 * returns to the caller with its descriptors (close-on-exec ones too)
 * still open. Natively these files are not ELF either, so Linux answers
 * ENOEXEC as well (as long as no binfmt_misc handler claims "\0asm"). */
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static char g_path[8][600];

/* Writes n bytes to scratch/name, executable; returns its path. */
static const char *make(int slot, const char *name, const void *data, size_t n) {
    snprintf(g_path[slot], sizeof g_path[slot], "%s/%s", check_scratch_dir, name);
    int fd = open(g_path[slot], O_CREAT | O_WRONLY | O_TRUNC, 0755);
    CHECK(fd >= 0);
    CHECK(write(fd, data, n) == (ssize_t)n);
    close(fd);
    CHECK(chmod(g_path[slot], 0755) == 0);
    return g_path[slot];
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    static const char text[] = "echo hello\n";
    /* magic, version 1, then a type section (id 1) that claims 100 bytes
     * and has 3 */
    static const unsigned char truncated[] = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 100, 'a', 'b', 'c'};
    static const unsigned char version2[] = {0, 'a', 's', 'm', 2, 0, 0, 0};
    /* a section id no module has */
    static const unsigned char bad_section[] = {0, 'a', 's', 'm', 1, 0, 0, 0, 99, 1, 0};
    const char *t = make(0, "text", text, sizeof text - 1);
    const char *m = make(1, "truncated.wasm", truncated, sizeof truncated);
    const char *v = make(2, "version2.wasm", version2, sizeof version2);
    const char *b = make(3, "bad_section.wasm", bad_section, sizeof bad_section);
    const char *e = make(4, "empty", "", 0);
    char *args[] = {"prog", "arg", NULL};
    char *env[] = {"A=1", NULL};
    char missing[600];
    snprintf(missing, sizeof missing, "%s/no-such-file", check_scratch_dir);

    int p[2];
    CHECK(pipe2(p, O_CLOEXEC) == 0);

    CALL("execve.text", execve(t, args, env));
    CALL("execve.truncated_module", execve(m, args, env));
    CALL("execve.version2_module", execve(v, args, env));
    CALL("execve.bad_section", execve(b, args, env));
    CALL("execve.empty", execve(e, args, env));
    CALL("execve.directory", execve(check_scratch_dir, args, env));
    CALL("execve.missing", execve(missing, args, env));
    CALL("execve.null_argv.text", execve(t, NULL, env));

    CALL("execv.text", execv(t, args));
    CALL("execv.truncated_module", execv(m, args));
    CALL("execl.text", execl(t, "prog", "arg", (char *)NULL));
    CALL("execle.truncated_module", execle(m, "prog", (char *)NULL, env));

    /* a name without '/' is searched in $PATH; glibc runs a found file that
     * gives ENOEXEC with /bin/sh, so only a name that is nowhere is tried */
    CHECK(setenv("PATH", check_scratch_dir, 1) == 0);
    CALL("execvp.not_found", execvp("no-such-program", args));
    CALL("execvpe.not_found", execvpe("no-such-program", args, env));
    CALL("execlp.not_found", execlp("no-such-program", "prog", (char *)NULL));
    CALL("execvp.empty_name", execvp("", args));

    /* still here, with the descriptors */
    CALL("cloexec.read_end.getfd", fcntl(p[0], F_GETFD));
    CALL("cloexec.write.after", write(p[1], "x", 1));
    char c = 0;
    CALL("cloexec.read.after", read(p[0], &c, 1));
    RECORD("cloexec.read.after.data", "%c", c);
    close(p[0]);
    close(p[1]);
    return check_done();
}
