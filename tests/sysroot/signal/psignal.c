/* psignal(): "msg: description" on stderr, the description alone for a
 * null or empty message (stderr is redirected into a file and read
 * back). */
#include <signal.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    check_stderr_begin();
    psignal(SIGUSR1, "msg");
    check_stderr_end("psignal.usr1");
    check_stderr_begin();
    psignal(SIGINT, NULL);
    check_stderr_end("psignal.null_msg");
    check_stderr_begin();
    psignal(SIGTERM, "");
    check_stderr_end("psignal.empty_msg");
    return check_done();
}
