/* strsignal(): the text of each signal as glibc and musl give it (both use
 * the same words for the common signals); an unknown number gives some text. */
#include <signal.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    RECORD("strsignal.sigint", "%s", strsignal(SIGINT));
    RECORD("strsignal.sigterm", "%s", strsignal(SIGTERM));
    RECORD("strsignal.sigkill", "%s", strsignal(SIGKILL));
    RECORD("strsignal.sigsegv", "%s", strsignal(SIGSEGV));
    RECORD("strsignal.sigusr1", "%s", strsignal(SIGUSR1));
    const char *u = strsignal(1000);
    RECORD("strsignal.unknown.nonempty", "%s", u && *u ? "yes" : "no");
    return check_done();
}
