/* posix_spawn(): the program starts itself (check_self) as a child that
 * reports what it got: arguments, environment, working directory, whether
 * given descriptors are open, what its stdin held. File actions (dup2, open,
 * close, chdir, fchdir), close-on-exec descriptors, exit statuses through
 * waitpid, and the errors posix_spawn itself returns. */
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

extern char **environ;

/* The child: argv = self "--child" exit-code fd... ; prints one line. */
static int child_main(int argc, char **argv) {
    char cwd[512] = "?";
    if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "?");
    const char *slash = strrchr(cwd, '/');
    char in[64] = "";
    ssize_t n = read(0, in, sizeof in - 1);
    in[n > 0 ? n : 0] = 0;
    if (n > 0 && in[n - 1] == '\n') in[n - 1] = 0;
    struct sigaction sa;
    sigaction(SIGUSR1, NULL, &sa);
    printf("argc=%d env=%s cwd=%s stdin=%s usr1=%s fds=", argc, getenv("SPAWN_TEST") ? getenv("SPAWN_TEST") : "-",
           slash ? slash + 1 : cwd, in, sa.sa_handler == SIG_IGN ? "ign" : "dfl");
    for (int i = 3; i < argc; ++i) printf("%s", fcntl(atoi(argv[i]), F_GETFD) >= 0 ? "o" : "c");
    printf("\n");
    fflush(stdout);
    return atoi(argv[2]);
}

/* Reads all of fd into out. */
static void slurp(int fd, char *out, size_t size) {
    size_t n = 0;
    ssize_t r;
    while (n + 1 < size && (r = read(fd, out + n, size - 1 - n)) > 0) n += (size_t)r;
    out[n] = 0;
    if (n && out[n - 1] == '\n') out[n - 1] = 0;
}

static char g_fdargs[8][12];

/* Spawns the child with fa, its stdout to a pipe; records posix_spawn's
 * result, the child's line and its exit status. fds: descriptors the child
 * reports as open (o) or closed (c). */
static void run(const char *name, posix_spawn_file_actions_t *fa, const posix_spawnattr_t *attr, const char *code,
                const int *fds, int nfds) {
    char key[96];
    int p[2];
    CHECK(pipe(p) == 0);
    posix_spawn_file_actions_t own;
    if (!fa) {
        posix_spawn_file_actions_init(&own);
        fa = &own;
    }
    posix_spawn_file_actions_adddup2(fa, p[1], 1);
    posix_spawn_file_actions_addclose(fa, p[0]);
    posix_spawn_file_actions_addclose(fa, p[1]);
    char *args[12] = {(char *)check_self(), "--child", (char *)code};
    for (int i = 0; i < nfds && i < 8; ++i) {
        snprintf(g_fdargs[i], sizeof g_fdargs[i], "%d", fds[i]);
        args[3 + i] = g_fdargs[i];
    }
    char *env[] = {"SPAWN_TEST=yes", NULL};
    pid_t pid = -1;
    int err = posix_spawn(&pid, check_self(), fa, attr, args, env);
    snprintf(key, sizeof key, "%s.spawn", name);
    RECORD(key, "%s", err ? check_errno_name(err) : "ok");
    close(p[1]);
    char out[256], shown[300];
    slurp(p[0], out, sizeof out);
    close(p[0]);
    /* the scratch directory's own name differs between the two sides */
    const char *base = strrchr(check_scratch_dir, '/');
    base = base ? base + 1 : check_scratch_dir;
    char pattern[128];
    snprintf(pattern, sizeof pattern, "cwd=%s ", base);
    char *at = strstr(out, pattern);
    if (at) {
        *at = 0;
        snprintf(shown, sizeof shown, "%scwd=<scratch> %s", out, at + strlen(pattern));
    } else {
        snprintf(shown, sizeof shown, "%s", out);
    }
    snprintf(key, sizeof key, "%s.child", name);
    RECORD(key, "%s", shown);
    if (!err) {
        int st = 0;
        snprintf(key, sizeof key, "%s.waitpid", name);
        RECORD(key, "%s", waitpid(pid, &st, 0) == pid ? "ok" : check_errno_name(errno));
        snprintf(key, sizeof key, "%s.status", name);
        RECORD(key, "exited=%d code=%d", WIFEXITED(st), WEXITSTATUS(st));
    }
    posix_spawn_file_actions_destroy(fa);
}

int main(int argc, char **argv) {
    if (argc > 2 && strcmp(argv[1], "--child") == 0) return child_main(argc, argv);
    check_scratch(argc, argv);
    if (!check_self()) {
        printf("CHECK FAILED the harness gave no program path (argv[3])\n");
        return 1;
    }
    signal(SIGPIPE, SIG_IGN);
    char path[600];
    posix_spawn_file_actions_t fa;

    /* arguments, environment, exit status */
    run("plain", NULL, NULL, "11", NULL, 0);

    /* close-on-exec descriptors are gone in the child, others stay */
    int keep = open(check_scratch_dir, O_RDONLY);
    int gone = open(check_scratch_dir, O_RDONLY | O_CLOEXEC);
    int gone_dup = fcntl(keep, F_DUPFD_CLOEXEC, 20);
    int pc[2];
    CHECK(pipe2(pc, O_CLOEXEC) == 0);
    int fds[] = {keep, gone, gone_dup, pc[0], pc[1]};
    run("cloexec", NULL, NULL, "0", fds, 5);

    /* dup2 onto a close-on-exec descriptor keeps it; dup2 onto itself
     * clears the flag; close removes an inherited one */
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, keep, gone);
    posix_spawn_file_actions_adddup2(&fa, gone_dup, gone_dup);
    posix_spawn_file_actions_addclose(&fa, keep);
    posix_spawn_file_actions_addclose(&fa, 200); /* not open: no error */
    int fds2[] = {keep, gone, gone_dup};
    run("actions.dup2_close", &fa, NULL, "0", fds2, 3);

    /* stdin from a file opened by an action; chdir by name and by fd */
    snprintf(path, sizeof path, "%s/input.txt", check_scratch_dir);
    int w = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(w >= 0 && write(w, "from-file\n", 10) == 10);
    close(w);
    snprintf(path, sizeof path, "%s/sub", check_scratch_dir);
    CHECK(mkdir(path, 0755) == 0);
    posix_spawn_file_actions_init(&fa);
    snprintf(path, sizeof path, "%s/input.txt", check_scratch_dir);
    posix_spawn_file_actions_addopen(&fa, 0, path, O_RDONLY, 0);
    snprintf(path, sizeof path, "%s/sub", check_scratch_dir);
    posix_spawn_file_actions_addchdir_np(&fa, path);
    run("actions.open_chdir", &fa, NULL, "3", NULL, 0);
    int subfd = open(path, O_RDONLY | O_DIRECTORY);
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addfchdir_np(&fa, subfd);
    run("actions.fchdir", &fa, NULL, "4", NULL, 0);
    close(subfd);

    /* an open action that creates its file */
    posix_spawn_file_actions_init(&fa);
    snprintf(path, sizeof path, "%s/created.txt", check_scratch_dir);
    posix_spawn_file_actions_addopen(&fa, 40, path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    int fds3[] = {40};
    run("actions.open_creat", &fa, NULL, "0", fds3, 1);
    struct stat st;
    CALL("actions.open_creat.exists", stat(path, &st));
    /* the same again: the file exists now */
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 40, path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    run("error.open_excl_exists", &fa, NULL, "0", NULL, 0);
    /* an open onto a descriptor the child has (stdin) replaces it */
    posix_spawn_file_actions_init(&fa);
    snprintf(path, sizeof path, "%s/input.txt", check_scratch_dir);
    posix_spawn_file_actions_addopen(&fa, 0, path, O_RDONLY, 0);
    run("actions.open_stdin", &fa, NULL, "0", NULL, 0);
    /* a chdir to a missing directory */
    posix_spawn_file_actions_init(&fa);
    snprintf(path, sizeof path, "%s/no-such-dir", check_scratch_dir);
    posix_spawn_file_actions_addchdir_np(&fa, path);
    run("error.chdir_missing", &fa, NULL, "0", NULL, 0);

    /* errors: the failed action's or exec's errno, nothing started */
    posix_spawn_file_actions_init(&fa);
    snprintf(path, sizeof path, "%s/missing.txt", check_scratch_dir);
    posix_spawn_file_actions_addopen(&fa, 0, path, O_RDONLY, 0);
    run("error.open_missing", &fa, NULL, "0", NULL, 0);
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, 150, 0);
    run("error.dup2_badf", &fa, NULL, "0", NULL, 0);

    char *args[] = {"x", NULL};
    pid_t pid;
    snprintf(path, sizeof path, "%s/no-such-program", check_scratch_dir);
    RECORD("error.missing_program", "%s", check_errno_name(posix_spawn(&pid, path, NULL, NULL, args, environ)));
    RECORD("error.directory", "%s", check_errno_name(posix_spawn(&pid, check_scratch_dir, NULL, NULL, args, environ)));
    snprintf(path, sizeof path, "%s/input.txt", check_scratch_dir);
    CHECK(chmod(path, 0755) == 0);
    RECORD("error.not_a_program", "%s", check_errno_name(posix_spawn(&pid, path, NULL, NULL, args, environ)));
    RECORD("error.spawnp_not_in_path", "%s",
           check_errno_name(posix_spawnp(&pid, "no-such-program-anywhere", NULL, NULL, args, environ)));

    /* attributes: SETSIGDEF resets an ignored signal; without it the child
     * inherits the ignored disposition; SETPGROUP(0) (the fork path)
     * starts it all the same */
    posix_spawnattr_t attr;
    CALL("attr.init", posix_spawnattr_init(&attr));
    sigset_t def;
    sigemptyset(&def);
    sigaddset(&def, SIGUSR1);
    CALL("attr.setsigdefault", posix_spawnattr_setsigdefault(&attr, &def));
    CALL("attr.setflags", posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF));
    short flags = 0;
    CALL("attr.getflags", posix_spawnattr_getflags(&attr, &flags));
    RECORD("attr.getflags.value", "%s", flags == POSIX_SPAWN_SETSIGDEF ? "SETSIGDEF" : "other");
    signal(SIGUSR1, SIG_IGN);
    run("attr.sigdef", NULL, &attr, "0", NULL, 0);
    run("attr.ignored_inherited", NULL, NULL, "0", NULL, 0);
    signal(SIGUSR1, SIG_DFL);
    CALL("attr.setflags.pgroup", posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP));
    CALL("attr.setpgroup", posix_spawnattr_setpgroup(&attr, 0));
    run("attr.pgroup", NULL, &attr, "5", NULL, 0);
    CALL("attr.destroy", posix_spawnattr_destroy(&attr));

    /* no children left behind */
    CALL("no_children", waitpid(-1, NULL, WNOHANG));
    return check_done();
}
