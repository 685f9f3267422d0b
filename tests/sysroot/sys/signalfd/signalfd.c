/* signalfd(): a blocked signal is read from the descriptor as a 128-byte
 * signalfd_siginfo with its number; nothing pending is EAGAIN with
 * SFD_NONBLOCK; SFD_CLOEXEC; passing the descriptor back changes its mask
 * and returns it; poll sees it readable; bad flags and descriptors. */
#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    RECORD("siginfo.size", "%zu", sizeof(struct signalfd_siginfo));
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    CHECK(sigprocmask(SIG_BLOCK, &set, &old) == 0);
    int sfd = CALL_FD("signalfd", signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC));
    CALL("signalfd.getfd", fcntl(sfd, F_GETFD));
    RECORD("signalfd.getfl", "%s", check_fl_name(fcntl(sfd, F_GETFL)));
    struct signalfd_siginfo si;
    CALL("read.empty", read(sfd, &si, sizeof si));
    struct pollfd p = {sfd, POLLIN, 0};
    CALL("poll.empty", poll(&p, 1, 0));
    CALL("kill.self", kill(getpid(), SIGUSR1));
    CALL("poll.pending", poll(&p, 1, 1000));
    memset(&si, 0, sizeof si);
    CALL("read.pending", read(sfd, &si, sizeof si));
    RECORD("read.pending.signo", "%s", si.ssi_signo == SIGUSR1 ? "SIGUSR1" : "other");
    CALL("read.drained", read(sfd, &si, sizeof si));
    CALL("read.short_buffer", read(sfd, &si, 8));
    sigaddset(&set, SIGUSR2);
    CHECK(sigprocmask(SIG_BLOCK, &set, NULL) == 0);
    RECORD("signalfd.update", "%s", signalfd(sfd, &set, 0) == sfd ? "same fd" : check_errno_name(errno));
    CALL("raise.usr2", raise(SIGUSR2));
    CALL("read.usr2", read(sfd, &si, sizeof si));
    RECORD("read.usr2.signo", "%s", si.ssi_signo == SIGUSR2 ? "SIGUSR2" : "other");
    close(sfd);
    CALL("signalfd.bad_flags", signalfd(-1, &set, 0x7000000));
    CALL("signalfd.not_signalfd", signalfd(0, &set, 0));
    CALL("signalfd.bad_fd", signalfd(12345, &set, 0));
    CHECK(sigprocmask(SIG_SETMASK, &old, 0) == 0);
    return check_done();
}
