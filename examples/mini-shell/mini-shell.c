/* mini-shell.c - a small shell for WASIX guests: reads command lines, runs
 * guest programs (.wasm files found through $PATH, ".wasm" may be left out)
 * with fork + exec, connects `|` pipelines, redirects `<`, `>` and `>>`,
 * and reports exit statuses. Built-ins: cd, pwd, exit, status.
 *
 *   wasix-run --dir bin:/workspace/bin mini-shell.wasm [-v] [-n] < script
 *
 * Words are separated by blanks; 'single quotes' keep blanks. With -v
 * every command's status is printed as "[status N]"; -n suppresses the
 * "$ " prompt (the bundled runtime reports its stdin as a terminal even
 * when it is a pipe). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_WORDS 64
#define MAX_STAGES 8

struct stage {
    char *argv[MAX_WORDS];
    int argc;
    const char *in, *out;
    int append;
};

static int last_status;
static int verbose;
static int prompt = 1;

/* Split line into words; returns the count or -1 on a quote error. The
 * operators |, <, > and >> are words of their own, with or without blanks
 * around them; quoted text is never an operator (a NUL byte prefix marks
 * nothing: quoted "|" simply stays a plain word because it is copied into
 * a word that already started). */
static char wordbuf[8192];

static int split(const char *line, char **words, int max) {
    int n = 0;
    const char *p = line;
    char *o = wordbuf;
    char *const end = wordbuf + sizeof wordbuf - 3;
    for (;;) {
        while (*p == ' ' || *p == '\t') ++p;
        if (!*p || *p == '#') break;
        if (n == max - 1 || o >= end) return -1;
        words[n++] = o;
        if (*p == '|' || *p == '<' || *p == '>') {
            *o++ = *p++;
            if (p[-1] == '>' && *p == '>') *o++ = *p++;
            *o++ = 0;
            continue;
        }
        while (*p && *p != ' ' && *p != '\t' && *p != '|' && *p != '<' && *p != '>') {
            if (o >= end) return -1;
            if (*p == '\'') {
                ++p;
                while (*p && *p != '\'' && o < end) *o++ = *p++;
                if (*p != '\'') return -1;
                ++p;
            } else {
                *o++ = *p++;
            }
        }
        *o++ = 0;
    }
    words[n] = 0;
    return n;
}

static int parse(char **words, int n, struct stage *st, int *nst) {
    int s = 0;
    memset(st, 0, sizeof st[0]);
    for (int i = 0; i < n; ++i) {
        const char *w = words[i];
        if (!strcmp(w, "|")) {
            if (st[s].argc == 0 || s + 1 == MAX_STAGES) return -1;
            st[s].argv[st[s].argc] = 0;
            ++s;
            memset(&st[s], 0, sizeof st[s]);
        } else if (!strcmp(w, "<") || !strcmp(w, ">") || !strcmp(w, ">>")) {
            if (i + 1 == n) return -1;
            if (w[0] == '<') st[s].in = words[++i];
            else {
                st[s].append = w[1] == '>';
                st[s].out = words[++i];
            }
        } else {
            st[s].argv[st[s].argc++] = words[i];
        }
    }
    if (st[s].argc == 0) return -1;
    st[s].argv[st[s].argc] = 0;
    *nst = s + 1;
    return 0;
}

/* In the child: exec argv[0], trying NAME.wasm when NAME is not found. */
static void run_program(char **argv) {
    execvp(argv[0], argv);
    if (errno == ENOENT && !strchr(argv[0], '/')) {
        char name[NAME_MAX + 1];
        snprintf(name, sizeof name, "%s.wasm", argv[0]);
        execvp(name, argv);
    }
    fprintf(stderr, "mini-shell: %s: %s\n", argv[0], strerror(errno));
    _exit(errno == ENOENT ? 127 : 126);
}

static int builtin(struct stage *st) {
    char **a = st->argv;
    if (!strcmp(a[0], "cd")) {
        const char *dir = a[1] ? a[1] : getenv("HOME");
        if (!dir || chdir(dir) != 0) {
            fprintf(stderr, "mini-shell: cd: %s: %s\n", dir ? dir : "", strerror(errno));
            return 1;
        }
        return 0;
    }
    if (!strcmp(a[0], "pwd")) {
        char buf[PATH_MAX];
        if (!getcwd(buf, sizeof buf)) return 1;
        printf("%s\n", buf);
        fflush(stdout);
        return 0;
    }
    if (!strcmp(a[0], "status")) {
        printf("%d\n", last_status);
        fflush(stdout);
        return 0;
    }
    if (!strcmp(a[0], "exit")) exit(a[1] ? atoi(a[1]) : last_status);
    return -1;
}

static int run_pipeline(struct stage *st, int n) {
    if (n == 1 && !st[0].in && !st[0].out) {
        int r = builtin(&st[0]);
        if (r >= 0) return r;
    }
    pid_t pids[MAX_STAGES];
    int prev_read = -1;
    fflush(stdout);
    for (int i = 0; i < n; ++i) {
        int p[2] = {-1, -1};
        if (i + 1 < n && pipe(p) != 0) {
            perror("mini-shell: pipe");
            return 1;
        }
        pid_t pid = fork();
        if (pid < 0) {
            perror("mini-shell: fork");
            return 1;
        }
        if (pid == 0) {
            if (prev_read >= 0) {
                dup2(prev_read, 0);
                close(prev_read);
            }
            if (p[1] >= 0) {
                dup2(p[1], 1);
                close(p[0]);
                close(p[1]);
            }
            if (st[i].in) {
                int fd = open(st[i].in, O_RDONLY);
                if (fd < 0 || dup2(fd, 0) < 0) {
                    fprintf(stderr, "mini-shell: %s: %s\n", st[i].in, strerror(errno));
                    _exit(1);
                }
                close(fd);
            }
            if (st[i].out) {
                int fd = open(st[i].out, O_WRONLY | O_CREAT | (st[i].append ? O_APPEND : O_TRUNC), 0644);
                if (fd < 0 || dup2(fd, 1) < 0) {
                    fprintf(stderr, "mini-shell: %s: %s\n", st[i].out, strerror(errno));
                    _exit(1);
                }
                close(fd);
            }
            int r = builtin(&st[i]);
            if (r >= 0) {
                fflush(stdout);
                _exit(r);
            }
            run_program(st[i].argv);
        }
        pids[i] = pid;
        if (prev_read >= 0) close(prev_read);
        if (p[1] >= 0) close(p[1]);
        prev_read = p[0];
    }
    int status = 0;
    for (int i = 0; i < n; ++i) {
        int s;
        while (waitpid(pids[i], &s, 0) < 0 && errno == EINTR) {
        }
        if (i == n - 1) status = s;
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return 1;
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        if (!strcmp(argv[i], "-v")) verbose = 1;
        else if (!strcmp(argv[i], "-n")) prompt = 0;
    }
    if (!getenv("PATH")) setenv("PATH", "/workspace/bin", 1);
    char line[4096];
    char *words[MAX_WORDS];
    struct stage st[MAX_STAGES];
    for (;;) {
        if (prompt && isatty(0)) {
            printf("$ ");
            fflush(stdout);
        }
        if (!fgets(line, sizeof line, stdin)) break;
        line[strcspn(line, "\n")] = 0;
        int n = split(line, words, MAX_WORDS);
        if (n == 0) continue;
        int nst;
        if (n < 0 || parse(words, n, st, &nst) != 0) {
            fprintf(stderr, "mini-shell: syntax error\n");
            last_status = 2;
            continue;
        }
        last_status = run_pipeline(st, nst);
        if (verbose) {
            printf("[status %d]\n", last_status);
            fflush(stdout);
        }
    }
    return last_status;
}
