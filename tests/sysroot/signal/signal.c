/* signal(): returns the previous handler (SIG_DFL first, then what was
 * set); SIG_IGN discards the signal; SIG_ERR/EINVAL for SIGKILL and bad
 * numbers; SIG_DFL, SIG_IGN and SIG_ERR are distinct. */
#include <signal.h>

#include "check.h"

static volatile sig_atomic_t hits;
static void on_signal(int sig) { (void)sig; hits++; }

static const char *handler_name(void (*h)(int)) {
    if (h == SIG_DFL) return "SIG_DFL";
    if (h == SIG_IGN) return "SIG_IGN";
    if (h == SIG_ERR) return "SIG_ERR";
    if (h == on_signal) return "on_signal";
    return "other";
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    RECORD("signal.first", "%s", handler_name(signal(SIGUSR2, on_signal)));
    RECORD("signal.to_ign", "%s", handler_name(signal(SIGUSR2, SIG_IGN)));
    CALL("raise.ignored", raise(SIGUSR2));
    RECORD("raise.ignored.hits", "%d", (int)hits);
    RECORD("signal.back", "%s", handler_name(signal(SIGUSR2, on_signal)));
    CALL("raise.handled", raise(SIGUSR2));
    RECORD("raise.handled.hits", "%d", (int)hits);
    RECORD("signal.to_dfl", "%s", handler_name(signal(SIGUSR2, SIG_DFL)));
    errno = 0;
    void (*h)(int) = signal(SIGKILL, on_signal);
    RECORD("signal.sigkill", "%s %s", handler_name(h), check_errno_name(errno));
    errno = 0;
    h = signal(99, on_signal);
    RECORD("signal.bad", "%s %s", handler_name(h), check_errno_name(errno));
    RECORD("constants.distinct", "%s",
           SIG_IGN != SIG_ERR && SIG_IGN != SIG_DFL && SIG_ERR != SIG_DFL ? "yes" : "no");
    return check_done();
}
