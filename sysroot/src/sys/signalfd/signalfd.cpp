// signalfd.cpp - signalfd emulated with a pipe: the descriptor returned is
// the read end; the dispatcher (dispatch.cpp) writes a signalfd_siginfo to
// the write end for each signal of the mask that arrives while blocked,
// instead of marking it pending. The descriptor table marks the read end
// (fd_signalfd): reads shorter than a record are EINVAL and F_GETFL says
// O_RDWR, as for Linux's signalfd. Up to 8 signalfds; the write end is
// non-blocking (records that do not fit are dropped, as coalesced signals
// would be).
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "__support/fd_table.hpp"
#include "__support/signal_impl.hpp"

namespace {

struct entry {
    int rd;  // -1: free
    int wr;
    uint64_t mask;
};

entry table[8] = {{-1, -1, 0}, {-1, -1, 0}, {-1, -1, 0}, {-1, -1, 0},
                  {-1, -1, 0}, {-1, -1, 0}, {-1, -1, 0}, {-1, -1, 0}};

}  // namespace

// Called by the dispatcher for a blocked signal: 1 if a signalfd took it.
extern "C" int __wasix_signalfd_take(int sig) {
    int taken = 0;
    for (entry& e : table) {
        const uint64_t mask = __atomic_load_n(&e.mask, __ATOMIC_ACQUIRE);
        if (e.rd < 0 || !(mask & wasix_signal::bit(sig))) continue;
        struct signalfd_siginfo info;
        memset(&info, 0, sizeof info);
        info.ssi_signo = static_cast<uint32_t>(sig);
        info.ssi_code = SI_USER;
        if (write(e.wr, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) taken = 1;
    }
    return taken;
}

extern "C" int signalfd(int fd, const sigset_t* mask, int flags) {
    if (flags & ~(SFD_NONBLOCK | SFD_CLOEXEC)) {
        errno = EINVAL;
        return -1;
    }
    const uint64_t bits = wasix_signal::to_bits(mask) & ~(wasix_signal::bit(SIGKILL) | wasix_signal::bit(SIGSTOP));
    __wasix_signal_register();  // signals must reach the libc's dispatcher
    if (fd != -1) {
        // A descriptor that is not open is EBADF; one that is open but no
        // signalfd EINVAL.
        if (!wasix_libc::fd_has(fd, wasix_libc::fd_signalfd)) {
            if (fcntl(fd, F_GETFD) < 0) return -1;
            errno = EINVAL;
            return -1;
        }
        for (entry& e : table) {
            if (e.rd == fd) {
                __atomic_store_n(&e.mask, bits, __ATOMIC_RELEASE);
                return fd;
            }
        }
        errno = EINVAL;
        return -1;
    }
    for (entry& e : table) {
        if (e.rd >= 0) {
            // Reuse the slot of a signalfd the program has closed (the
            // descriptor table forgets the mark when the number is closed).
            if (wasix_libc::fd_has(e.rd, wasix_libc::fd_signalfd)) continue;
            close(e.wr);
            e.rd = -1;
        }
        int p[2];
        if (pipe2(p, O_CLOEXEC) != 0) return -1;
        fcntl(p[1], F_SETFL, O_NONBLOCK);
        if (flags & SFD_NONBLOCK) fcntl(p[0], F_SETFL, O_NONBLOCK);
        if (!(flags & SFD_CLOEXEC)) fcntl(p[0], F_SETFD, 0);
        wasix_libc::fd_set_flag(p[0], wasix_libc::fd_signalfd, true);
        e.wr = p[1];
        __atomic_store_n(&e.mask, bits, __ATOMIC_RELEASE);
        __atomic_store_n(&e.rd, p[0], __ATOMIC_RELEASE);
        return p[0];
    }
    errno = EMFILE;
    return -1;
}
