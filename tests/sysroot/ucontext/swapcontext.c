/* swapcontext(): two coroutines and main hand control round, each keeps its
 * own locals (also those on the C stack, whose address is taken) and its own
 * signal mask, and a coroutine that returns goes on to its uc_link. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

#include "check.h"

static ucontext_t main_uc, a_uc, b_uc;
static char a_stack[64 * 1024], b_stack[64 * 1024];
static char trail[256];

static void note(const char *what) {
    strncat(trail, what, sizeof trail - strlen(trail) - 1);
}

/* Recursion with a buffer on the C stack at every level, switching away at
 * the bottom: the other coroutine's frames must not overwrite it. */
static int deep(ucontext_t *self, int n, char tag) {
    char buf[64];
    memset(buf, tag, sizeof buf);
    if (n == 0) {
        CHECK(swapcontext(self, &main_uc) == 0);
    } else {
        deep(self, n - 1, tag);
    }
    for (size_t i = 0; i < sizeof buf; ++i)
        if (buf[i] != tag) return 0;
    return 1;
}

static void coroutine_a(int first, int count) {
    for (int i = first; i < first + count; ++i) {
        char step[8];
        snprintf(step, sizeof step, "a%d ", i);
        note(step);
        CHECK(swapcontext(&a_uc, &main_uc) == 0);
    }
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, NULL);
    note("a-blocked ");
    CHECK(swapcontext(&a_uc, &main_uc) == 0);
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    RECORD("a.mask.after_resume", "%s", sigismember(&now, SIGUSR1) ? "blocked" : "open");
    RECORD("a.deep.intact", "%d", deep(&a_uc, 20, 'a'));
    note("a-end ");
}

static int b_runs;

static void coroutine_b(void) {
    RECORD(++b_runs == 1 ? "b.deep.intact" : "b2.deep.intact", "%d", deep(&b_uc, 20, 'b'));
    note("b-end ");
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);

    CALL("getcontext.a", getcontext(&a_uc));
    a_uc.uc_stack.ss_sp = a_stack;
    a_uc.uc_stack.ss_size = sizeof a_stack;
    a_uc.uc_link = &main_uc;
    makecontext(&a_uc, (void (*)(void))coroutine_a, 2, 10, 3);

    CALL("getcontext.b", getcontext(&b_uc));
    b_uc.uc_stack.ss_sp = b_stack;
    b_uc.uc_stack.ss_size = sizeof b_stack;
    b_uc.uc_link = &main_uc;
    makecontext(&b_uc, coroutine_b, 0);

    /* a yields three times, then once more after blocking SIGUSR1 */
    int failed = 0;
    for (int i = 0; i < 4; ++i) failed += swapcontext(&main_uc, &a_uc) != 0;
    RECORD("swap.to_a.failed", "%d", failed);
    RECORD("trail.a", "%s", trail);
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    RECORD("main.mask.after_a_blocked", "%s", sigismember(&now, SIGUSR1) ? "blocked" : "open");

    /* both descend and park at the bottom; then each climbs back and ends */
    trail[0] = 0;
    CALL("swap.a.deep", swapcontext(&main_uc, &a_uc));
    CALL("swap.b.deep", swapcontext(&main_uc, &b_uc));
    CALL("swap.a.climb", swapcontext(&main_uc, &a_uc));
    CALL("swap.b.climb", swapcontext(&main_uc, &b_uc));
    RECORD("trail.end", "%s", trail);

    /* made again on the same ucontext_t (after its function returned), it
     * runs again */
    trail[0] = 0;
    CALL("getcontext.again", getcontext(&b_uc));
    b_uc.uc_stack.ss_sp = b_stack;
    b_uc.uc_stack.ss_size = sizeof b_stack;
    b_uc.uc_link = &main_uc;
    makecontext(&b_uc, coroutine_b, 0);
    CALL("swap.b2.deep", swapcontext(&main_uc, &b_uc));
    CALL("swap.b2.climb", swapcontext(&main_uc, &b_uc));
    RECORD("trail.b2", "%s", trail);
    return check_done();
}
