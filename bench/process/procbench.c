/* procbench.c - process-creation latency, the same source for a native build
 * and a WASIX guest:
 *   procbench fork N          N x (fork + child _exit(0) + waitpid)
 *   procbench spawn N PROG    N x (posix_spawn PROG + waitpid)
 *   procbench spawnfork N PROG the same through posix_spawn's fork + exec path
 *                             (POSIX_SPAWN_SETPGROUP makes the libc take it)
 *   procbench rawspawn N PROG (WASIX only) N x (the runtime's proc_spawn2 +
 *                             waitpid(-1)): the floor posix_spawn is held to
 *   procbench compute N       a call-heavy loop (no fork), to measure what
 *                             asyncify instrumentation costs plain code
 *   procbench nop             exits at once (the program posix_spawn starts)
 * Prints "<mode>: <microseconds per iteration> us" on stdout. */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#ifdef __wasi__
/* proc_spawn2 as the runtime imports it on wasm32 (gen/witx/wasix_v1.witx):
 * name, args, envs (pointer, length each), fd_ops and signal dispositions
 * (pointer, count each), search_path, path (pointer, length), out pid. */
__attribute__((import_module("wasix_32v1"), import_name("proc_spawn2"))) int raw_proc_spawn2(
    const char *name, size_t name_len, const char *args, size_t args_len, const char *envs, size_t envs_len,
    const void *ops, size_t nops, const void *sigs, size_t nsigs, int search, const char *path, size_t path_len,
    int *pid);
#endif

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

__attribute__((noinline)) static unsigned step(unsigned x, int depth) {
    if (depth == 0) return x * 2654435761u + 1;
    return step(x ^ (unsigned)depth, depth - 1) + 1;
}

int main(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "nop")) return 0;
    const char *mode = argv[1];
    long n = argc > 2 ? atol(argv[2]) : 10;
    double t0 = now_us();
    unsigned acc = 0;
    for (long i = 0; i < n; ++i) {
        if (!strcmp(mode, "fork")) {
            pid_t pid = fork();
            if (pid == 0) _exit(0);
            if (pid < 0 || waitpid(pid, 0, 0) != pid) return 1;
        } else if (!strcmp(mode, "spawn")) {
            if (argc < 4) return 2;
            char *args[] = {argv[3], "nop", 0};
            pid_t pid;
            if (posix_spawn(&pid, argv[3], 0, 0, args, environ) != 0) return 1;
            if (waitpid(pid, 0, 0) != pid) return 1;
        } else if (!strcmp(mode, "spawnfork")) {
            if (argc < 4) return 2;
            char *args[] = {argv[3], "nop", 0};
            posix_spawnattr_t attr;
            posix_spawnattr_init(&attr);
            posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
            posix_spawnattr_setpgroup(&attr, 0);
            pid_t pid;
            if (posix_spawn(&pid, argv[3], 0, &attr, args, environ) != 0) return 1;
            posix_spawnattr_destroy(&attr);
            if (waitpid(pid, 0, 0) != pid) return 1;
#ifdef __wasi__
        } else if (!strcmp(mode, "rawspawn")) {
            if (argc < 4) return 2;
            char args[512];
            snprintf(args, sizeof args, "%s\nnop", argv[3]);
            int pid = 0;
            if (raw_proc_spawn2(argv[3], strlen(argv[3]), args, strlen(args), "", 0, 0, 0, 0, 0, 0, "", 0, &pid))
                return 1;
            if (waitpid(-1, 0, 0) != pid) return 1;
#endif
        } else if (!strcmp(mode, "vforkexec") || !strcmp(mode, "forkexec")) {
            /* The classic way to start a program: vfork (no copy of the memory, no asyncify
             * under WASIX) or fork, then exec in the child. */
            if (argc < 4) return 2;
            char *args[] = {argv[3], "nop", 0};
            pid_t pid = mode[0] == 'v' ? vfork() : fork();
            if (pid == 0) {
                execv(argv[3], args);
                _exit(127);
            }
            int status;
            if (pid < 0 || waitpid(pid, &status, 0) != pid || status != 0) return 1;
        } else if (!strcmp(mode, "compute")) {
            acc += step((unsigned)i, 20);
        } else {
            return 2;
        }
    }
    double per = (now_us() - t0) / (double)n;
    printf("%s: %.3f us\n", mode, per);
    return acc == 1 ? 3 : 0; /* keep acc alive */
}
