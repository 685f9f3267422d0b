/* sigisemptyset(): 1 for an empty set, 0 once a signal is added (low and
 * high numbers), 1 again after it is removed; a full set is not
 * empty. */
#include <signal.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    sigset_t s;
    sigemptyset(&s);
    RECORD("empty", "%d", sigisemptyset(&s));
    sigaddset(&s, SIGHUP);
    RECORD("hup", "%d", sigisemptyset(&s));
    sigdelset(&s, SIGHUP);
    RECORD("hup.removed", "%d", sigisemptyset(&s));
    sigaddset(&s, SIGSYS);
    RECORD("sys", "%d", sigisemptyset(&s));
    sigfillset(&s);
    RECORD("full", "%d", sigisemptyset(&s));
    return check_done();
}
