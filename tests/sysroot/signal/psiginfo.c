/* psiginfo(): the signal's description, then who sent it (kill(),
 * sigqueue(), the kernel; another code by number) with pid and uid, on
 * stderr (redirected into a file and read back); an unknown signal number
 * is named so. */
#include <signal.h>

#include "check.h"

static void capture(const char *name, const siginfo_t *si, const char *msg) {
    check_stderr_begin();
    psiginfo(si, msg);
    check_stderr_end(name);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    si.si_signo = SIGUSR1;
    si.si_code = SI_USER;
    si.si_pid = 123;
    si.si_uid = 7;
    capture("psiginfo.kill", &si, "msg");
    si.si_code = SI_QUEUE;
    capture("psiginfo.sigqueue", &si, NULL);
    si.si_code = SI_KERNEL;
    capture("psiginfo.kernel", &si, "");
    si.si_code = SI_TKILL;
    capture("psiginfo.tkill", &si, "t");
    si.si_code = 5;
    capture("psiginfo.other_code", &si, "o");
    si.si_signo = 200;
    si.si_code = SI_USER;
    capture("psiginfo.unknown_signal", &si, "u");
    return check_done();
}
