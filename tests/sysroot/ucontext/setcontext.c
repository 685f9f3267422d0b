/* setcontext(): leaves the running context for good; the context switched
 * to takes its signal mask along; its uc_link brings control back to a
 * context saved by swapcontext. */
#include <signal.h>
#include <string.h>
#include <ucontext.h>

#include "check.h"

static ucontext_t main_uc, a_uc, b_uc;
static char a_stack[32 * 1024], b_stack[32 * 1024];
static char trail[64];

static void b(void) {
    strcat(trail, "b ");
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    RECORD("b.mask", "%s", sigismember(&now, SIGUSR1) ? "blocked" : "open");
}

static void a(void) {
    strcat(trail, "a ");
    setcontext(&b_uc);
    strcat(trail, "a-after-setcontext ");
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(getcontext(&b_uc) == 0);
    sigaddset(&b_uc.uc_sigmask, SIGUSR1);
    b_uc.uc_stack.ss_sp = b_stack;
    b_uc.uc_stack.ss_size = sizeof b_stack;
    b_uc.uc_link = &main_uc;
    makecontext(&b_uc, b, 0);
    CHECK(getcontext(&a_uc) == 0);
    a_uc.uc_stack.ss_sp = a_stack;
    a_uc.uc_stack.ss_size = sizeof a_stack;
    a_uc.uc_link = &main_uc;
    makecontext(&a_uc, a, 0);

    CALL("swap.to_a", swapcontext(&main_uc, &a_uc));
    RECORD("trail", "%s", trail);
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    RECORD("main.mask", "%s", sigismember(&now, SIGUSR1) ? "blocked" : "open");
    return check_done();
}
