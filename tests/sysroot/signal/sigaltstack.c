/* sigaltstack(): no alternate stack at first (SS_DISABLE); one of at least
 * MINSIGSTKSZ bytes is installed and reported back; a smaller one is
 * ENOMEM, unknown flags EINVAL; SS_DISABLE removes it; a handler still
 * runs. */
#include <signal.h>

#include "check.h"

static char stack_mem[1 << 16];

static void record_stack(const char *name) {
    stack_t old;
    memset(&old, 0xff, sizeof old);
    if (sigaltstack(NULL, &old) != 0) {
        RECORD(name, "%s", check_errno_name(errno));
        return;
    }
    RECORD(name, "%s size=%s sp=%s", (old.ss_flags & SS_DISABLE) ? "SS_DISABLE" : (old.ss_flags & SS_ONSTACK) ? "SS_ONSTACK" : "0",
           old.ss_size == sizeof stack_mem ? "ours" : old.ss_size == 0 ? "0" : "other",
           old.ss_sp == (void *)stack_mem ? "ours" : old.ss_sp == NULL ? "NULL" : "other");
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    record_stack("initial");
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_sp = stack_mem;
    ss.ss_size = 256; /* below every MINSIGSTKSZ */
    CALL("sigaltstack.too_small", sigaltstack(&ss, NULL));
    ss.ss_size = sizeof stack_mem;
    ss.ss_flags = 0x1000;
    CALL("sigaltstack.bad_flags", sigaltstack(&ss, NULL));
    ss.ss_flags = 0;
    CALL("sigaltstack.install", sigaltstack(&ss, NULL));
    record_stack("installed");
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = check_count_signal;
    sa.sa_flags = SA_ONSTACK;
    CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
    CALL("raise", raise(SIGUSR1));
    RECORD("raise.count", "%d", (int)check_signal_hits[SIGUSR1]);
    ss.ss_flags = SS_DISABLE;
    CALL("sigaltstack.disable", sigaltstack(&ss, NULL));
    record_stack("disabled");
    return check_done();
}
