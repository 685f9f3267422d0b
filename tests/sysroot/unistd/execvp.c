/* execvp(): a name without a slash is searched in PATH (this program's
 * directory, where it finds itself: check_self), one with a slash is used
 * as it is; a missing name is ENOENT, an empty PATH entry list finds
 * nothing. The new images make up small pipelines the way a shell does
 * (fork, pipe, dup2, execvp; output redirected to files created, truncated
 * and appended), and their exit statuses come back through waitpid. */
#include <ctype.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

/* The tools: --echo WORDS, --upper (stdin to stdout in capitals), --wc
 * (lines words bytes of stdin), --exit N. */
static int tool_main(int argc, char **argv) {
    const char *t = argv[1];
    if (!strcmp(t, "--echo")) {
        for (int i = 2; i < argc; ++i) printf("%s%s", argv[i], i + 1 < argc ? " " : "");
        printf("\n");
    } else if (!strcmp(t, "--upper") || !strcmp(t, "--wc")) {
        long lines = 0, words = 0, bytes = 0;
        int c, in_word = 0;
        while ((c = getchar()) != EOF) {
            bytes++;
            if (c == '\n') lines++;
            if (isspace(c)) in_word = 0;
            else if (!in_word) in_word = 1, words++;
            if (t[2] == 'u') putchar(toupper(c));
        }
        if (t[2] == 'w') printf("%ld %ld %ld\n", lines, words, bytes);
    } else if (!strcmp(t, "--exit")) {
        return argc > 2 ? atoi(argv[2]) : 0;
    }
    fflush(stdout);
    return 0;
}

static char prog[PATH_MAX];

/* Runs the stages (each a NULL-terminated argument list after the program
 * name) connected by pipes; the last one's stdout goes to `out` (a file,
 * O_APPEND when append) or to a pipe whose text is recorded. Records the
 * last stage's status and how many execs failed (seen on a close-on-exec
 * pipe, which also makes each stage start after the one before has its new
 * image). A failed exec prints "exec failed <errno>" and exits with 70
 * (exit codes above 78 do not survive under WASIX). */
static void pipeline(const char *name, char **stages[], int n, const char *out, int append) {
    char key[96], text[512];
    int cap[2] = {-1, -1}, in = -1, exec_failures = 0;
    pid_t pids[4];
    CHECK(n <= 4);
    if (!out) CHECK(pipe(cap) == 0);
    for (int i = 0; i < n; ++i) {
        int p[2] = {-1, -1}, started[2];
        if (i + 1 < n) CHECK(pipe(p) == 0);
        /* closed by a successful exec (close-on-exec): the next stage is
         * started only once this one runs its new image */
        CHECK(pipe2(started, O_CLOEXEC) == 0);
        fflush(stdout);
        pids[i] = fork();
        if (pids[i] == 0) {
            close(started[0]);
            if (in >= 0) dup2(in, 0), close(in);
            if (i + 1 < n) {
                dup2(p[1], 1);
                close(p[0]);
                close(p[1]);
            } else if (out) {
                int fd = open(out, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0644);
                if (fd < 0) _exit(71);
                dup2(fd, 1);
                close(fd);
            } else {
                dup2(cap[1], 1);
            }
            if (cap[0] >= 0) close(cap[0]), close(cap[1]);
            execvp(stages[i][0], stages[i]);
            int err = errno;
            (void)!write(started[1], "x", 1);
            errno = err;
            printf("exec failed %s\n", check_errno_name(errno));
            fflush(stdout);
            _exit(70);
        }
        close(started[1]);
        char e;
        if (read(started[0], &e, 1) != 0) ++exec_failures;
        close(started[0]);
        if (in >= 0) close(in);
        if (i + 1 < n) {
            close(p[1]);
            in = p[0];
        }
    }
    if (!out) {
        close(cap[1]);
        check_read_all(cap[0], text, sizeof text);
        close(cap[0]);
        snprintf(key, sizeof key, "%s.output", name);
        RECORD(key, "%s", text);
    }
    snprintf(key, sizeof key, "%s.exec_failures", name);
    RECORD(key, "%d", exec_failures);
    for (int i = 0; i < n; ++i) {
        int st = 0;
        CHECK(waitpid(pids[i], &st, 0) == pids[i]);
        if (i + 1 == n) {
            snprintf(key, sizeof key, "%s.status", name);
            RECORD(key, "exited=%d code=%d", WIFEXITED(st), WEXITSTATUS(st));
        }
    }
}

static void record_file(const char *name, const char *path) {
    char text[256] = "";
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        RECORD(name, "%s", check_errno_name(errno));
        return;
    }
    ssize_t n = read(fd, text, sizeof text - 1);
    text[n > 0 ? n : 0] = 0;
    for (char *c = text; *c; ++c)
        if (*c == '\n') *c = '/';
    close(fd);
    RECORD(name, "%s", text);
}

int main(int argc, char **argv) {
    if (argc > 1 && argv[1][0] == '-' && argv[1][1] == '-') return tool_main(argc, argv);
    const char *scratch = check_scratch(argc, argv);
    char dir[PATH_MAX];
    if (!check_self_parts(dir, sizeof dir, prog, sizeof prog)) return check_done();
    CHECK(setenv("PATH", dir, 1) == 0);

    char *echo[] = {prog, "--echo", "hello", "world", 0};
    char *upper[] = {prog, "--upper", 0};
    char *wc[] = {prog, "--wc", 0};
    char *exit3[] = {prog, "--exit", "3", 0};
    char *exit4[] = {prog, "--exit", "4", 0};
    char *missing[] = {"no-such-program", 0};
    char *by_path[] = {(char *)check_self(), "--echo", "by", "path", 0};

    char **s1[] = {echo, upper};
    pipeline("echo_upper", s1, 2, NULL, 0);
    char **s2[] = {echo, upper, wc};
    pipeline("echo_upper_wc", s2, 3, NULL, 0);
    char **s3[] = {exit3};
    pipeline("exit3", s3, 1, NULL, 0);
    char **s4[] = {echo, exit4};
    pipeline("echo_exit4", s4, 2, NULL, 0);
    char **s5[] = {missing};
    pipeline("missing", s5, 1, NULL, 0);
    char **s6[] = {by_path};
    pipeline("slash", s6, 1, NULL, 0);

    /* redirections relative to a changed working directory: one in /tmp,
     * since under WASIX a file of the scratch mount opened before an exec
     * cannot be written by the new image (known-differences.txt,
     * pthread.pthread_create: the host bridge's handles are per worker) */
    char tmpdir[64];
    snprintf(tmpdir, sizeof tmpdir, "/tmp/execvp-test.%d", (int)getpid());
    CHECK(mkdir(tmpdir, 0700) == 0);
    CHECK(chdir(tmpdir) == 0);
    char *two[] = {prog, "--echo", "two  spaces", 0};
    char **s7[] = {two};
    pipeline("to_file", s7, 1, "o.txt", 0);
    record_file("to_file.content", "o.txt");
    char *again[] = {prog, "--echo", "again", 0};
    char **s8[] = {again};
    pipeline("append", s8, 1, "o.txt", 1);
    record_file("append.content", "o.txt");
    char **s9[] = {upper, wc};
    int fd = open("o.txt", O_RDONLY);
    CHECK(fd >= 0);
    int saved = dup(0);
    dup2(fd, 0);
    close(fd);
    pipeline("file_upper_wc", s9, 2, NULL, 0);
    dup2(saved, 0);
    close(saved);
    unlink("o.txt");
    CHECK(chdir(scratch) == 0);
    rmdir(tmpdir);

    char *args[] = {"x", 0};
    CALL("execvp.missing", execvp("no-such-program", args));
    CALL("execvp.empty", execvp("", args));
    CHECK(setenv("PATH", "", 1) == 0);
    CALL("execvp.empty_path", execvp(prog, args));
    CALL("no_children", waitpid(-1, NULL, WNOHANG));
    return check_done();
}
