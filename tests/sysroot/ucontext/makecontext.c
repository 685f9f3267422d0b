/* makecontext(): the function gets the int arguments it was given (0 to 6),
 * runs on the stack given, and goes on to uc_link when it returns; with no
 * uc_link the process ends with status 0 when it returns. */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <ucontext.h>

#include "check.h"

static ucontext_t main_uc, uc, next_uc;
static char stack[32 * 1024], next_stack[32 * 1024];
static char got[128];
static char *stack_lo, *stack_hi;

static void on_stack(void) {
    char here;
    RECORD("local.on_given_stack", "%d", &here >= stack_lo && &here < stack_hi);
}

static void f0(void) { snprintf(got, sizeof got, "()"); on_stack(); }
static void f1(int a) { snprintf(got, sizeof got, "(%d)", a); }
static void f2(int a, int b) { snprintf(got, sizeof got, "(%d,%d)", a, b); }
static void f3(int a, int b, int c) { snprintf(got, sizeof got, "(%d,%d,%d)", a, b, c); }
static void f4(int a, int b, int c, int d) { snprintf(got, sizeof got, "(%d,%d,%d,%d)", a, b, c, d); }
static void f5(int a, int b, int c, int d, int e) {
    snprintf(got, sizeof got, "(%d,%d,%d,%d,%d)", a, b, c, d, e);
}
static void f6(int a, int b, int c, int d, int e, int f) {
    snprintf(got, sizeof got, "(%d,%d,%d,%d,%d,%d)", a, b, c, d, e, f);
}

static void prepare(ucontext_t *u, char *s, size_t size, ucontext_t *link) {
    CHECK(getcontext(u) == 0);
    u->uc_stack.ss_sp = s;
    u->uc_stack.ss_size = size;
    u->uc_link = link;
}

static void run(const char *name) {
    got[0] = 0;
    CALL(name, swapcontext(&main_uc, &uc));
    char key[64];
    snprintf(key, sizeof key, "%s.args", name);
    RECORD(key, "%s", got);
}

static void second(void) { strcat(got, " then-second"); }
static void first(void) { strcpy(got, "first"); }

/* Many contexts alive at once, then many one after another. */
#define MANY 20
static ucontext_t many_uc[MANY];
static char many_stack[MANY][8 * 1024];
static int many_done;

static void yields_once(int i) {
    CHECK(swapcontext(&many_uc[i], &main_uc) == 0);
    many_done++;
}

static void ends_process(void) {
    printf("last words\n");
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--no-link") == 0) {
        /* the child: the context ends the process when it returns */
        prepare(&uc, stack, sizeof stack, NULL);
        makecontext(&uc, ends_process, 0);
        swapcontext(&main_uc, &uc);
        printf("main resumed\n");
        return 7;
    }
    check_scratch(argc, argv);
    stack_lo = stack;
    stack_hi = stack + sizeof stack;

    prepare(&uc, stack, sizeof stack, &main_uc);
    makecontext(&uc, f0, 0);
    run("args0");
    prepare(&uc, stack, sizeof stack, &main_uc);
    makecontext(&uc, (void (*)(void))f1, 1, -1);
    run("args1");
    prepare(&uc, stack, sizeof stack, &main_uc);
    makecontext(&uc, (void (*)(void))f2, 2, 1, 2);
    run("args2");
    prepare(&uc, stack, sizeof stack, &main_uc);
    makecontext(&uc, (void (*)(void))f3, 3, 1, 2, 3);
    run("args3");
    prepare(&uc, stack, sizeof stack, &main_uc);
    makecontext(&uc, (void (*)(void))f4, 4, 1, 2, 3, 4);
    run("args4");
    prepare(&uc, stack, sizeof stack, &main_uc);
    makecontext(&uc, (void (*)(void))f5, 5, 1, 2, 3, 4, 5);
    run("args5");
    prepare(&uc, stack, sizeof stack, &main_uc);
    makecontext(&uc, (void (*)(void))f6, 6, 1, 2, 3, 4, 2147483647, -2147483647 - 1);
    run("args6");

    /* a chain: first -> second -> main */
    prepare(&next_uc, next_stack, sizeof next_stack, &main_uc);
    makecontext(&next_uc, second, 0);
    prepare(&uc, stack, sizeof stack, &next_uc);
    makecontext(&uc, first, 0);
    run("chain");

    /* makecontext again on a context made but never run */
    prepare(&uc, stack, sizeof stack, &main_uc);
    makecontext(&uc, f0, 0);
    makecontext(&uc, (void (*)(void))f1, 1, 99);
    run("remade");

    int failed = 0;
    for (int i = 0; i < MANY; ++i) {
        prepare(&many_uc[i], many_stack[i], sizeof many_stack[i], &main_uc);
        makecontext(&many_uc[i], (void (*)(void))yields_once, 1, i);
        failed += swapcontext(&main_uc, &many_uc[i]) != 0;
    }
    for (int i = 0; i < MANY; ++i) failed += swapcontext(&main_uc, &many_uc[i]) != 0;
    RECORD("many.alive.failed", "%d", failed);
    RECORD("many.alive.done", "%d", many_done);
    failed = 0;
    many_done = 0;
    for (int round = 0; round < 100; ++round) {
        prepare(&uc, stack, sizeof stack, &main_uc);
        makecontext(&uc, (void (*)(void))yields_once, 1, 0);
        /* yields_once switches back through many_uc[0]'s slot */
        failed += swapcontext(&main_uc, &uc) != 0;
        failed += swapcontext(&main_uc, &many_uc[0]) != 0;
    }
    RECORD("many.sequential.failed", "%d", failed);
    RECORD("many.sequential.done", "%d", many_done);

    /* no uc_link: the process ends, with status 0, when the function
     * returns (seen from a child; vfork, because a program that can fork()
     * is asyncified and the runtime then refuses contexts: QUIRKS.md) */
    int p[2];
    CHECK(pipe(p) == 0);
    fflush(stdout);
    pid_t pid = vfork();
    if (pid == 0) {
        dup2(p[1], 1);
        close(p[0]);
        close(p[1]);
        char *const child_argv[] = {(char *)check_self(), "--no-link", NULL};
        execv(check_self(), child_argv);
        _exit(126);
    }
    close(p[1]);
    char out[128];
    check_read_all(p[0], out, sizeof out);
    close(p[0]);
    int status = -1;
    CALL("no_link.wait", waitpid(pid, &status, 0) == pid ? 0 : -1);
    RECORD("no_link.status", "%d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    RECORD("no_link.output", "%s", out);
    return check_done();
}
