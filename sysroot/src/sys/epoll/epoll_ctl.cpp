// epoll_ctl(2) over the WASIX epoll_ctl. Event bits are translated from
// Linux's numbering to WASIX's (epoll_bits.hpp); EPOLL_CTL_ADD and
// EPOLL_CTL_DEL become WASIX add (0) and del (2); EPOLL_CTL_MOD is done as
// del + add, because the runtime treats op 1 (WASIX "mod") as a second add
// (EEXIST). Registrations are recorded for epoll_wait (fd_table.hpp).
#include <errno.h>
#include <string.h>
#include <sys/epoll.h>

#include "__support/epoll_runtime.hpp"
#include "__support/fd_table.hpp"
#include "__support/errno_map.hpp"

using namespace wasix_libc;

namespace {

// Remember the registration, and have the next wait check it even if the
// runtime never reports it: a descriptor that is already ready when it is
// added has no edge left to report (QUIRKS.md, "edge-only epoll").
// False when out of memory.
bool record(int epfd, int fd, uint32_t events, uint64_t data) {
    if (!epoll_reg_set(fd, epfd, events, data)) return false;
    // This instance now has the runtime's reports of fd; the others are
    // re-checked at each wait instead (QUIRKS.md, "one epoll instance per
    // descriptor").
    epoll_reg_mark_others(fd, epfd);
    // An edge-triggered one too: Linux reports the readiness it has when it
    // is added, once. Not sockets: checking one means receiving into its
    // peek buffer, which would split data that arrives later from what the
    // next recv returns; the runtime reports a socket's pending data itself.
    if (!(events & EPOLLONESHOT) && !fd_has(fd, fd_socket)) epoll_reg_set_recheck(fd, epfd, true);
    return true;
}

// When one registration of fd is left, it gets the runtime's reports again
// (added anew: the runtime reports to the instance that added fd last), and a
// level-triggered one is checked at the next wait for what the runtime did
// not report to it meanwhile.
void give_reports_back(int fd) {
    int other;
    epoll_reg reg;
    if (!epoll_reg_sole(fd, &other, &reg)) return;
    if (epoll_runtime_del(other, fd) != 0 || epoll_runtime_add(other, fd, reg.events, reg.data) != 0) return;
    if (!(reg.events & (EPOLLET | EPOLLONESHOT))) epoll_reg_set_recheck(fd, other, true);
}

}  // namespace

extern "C" int epoll_ctl(int epfd, int op, int fd, struct epoll_event* ev) {
    if (op != EPOLL_CTL_ADD && op != EPOLL_CTL_MOD && op != EPOLL_CTL_DEL) return fail_posix(EINVAL);
    if (epfd == fd) return fail_posix(EINVAL);
    uint64_t data = 0;
    uint32_t events = 0;
    if (op != EPOLL_CTL_DEL) {
        if (ev == nullptr) return fail_posix(EFAULT);
        memcpy(&data, &ev->data, sizeof data);
        events = ev->events;
    }
    if (op == EPOLL_CTL_ADD) {
        // Linux refuses regular files and directories (always ready) with
        // EPERM; the runtime accepts them.
        const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
        if (st && (st->fs_filetype == wasix::filetype_t::regular_file || st->fs_filetype == wasix::filetype_t::directory))
            return fail_posix(EPERM);
    }
    switch (op) {
    case EPOLL_CTL_ADD: {
        int e = epoll_runtime_add(epfd, fd, events, data);
        epoll_reg known;
        if (e == static_cast<int>(wasix::errno_t::exist) && !epoll_reg_get(fd, epfd, &known)) {
            // The runtime still has the registration of a descriptor that
            // was closed and whose number fd now is: replaced.
            (void)epoll_runtime_del(epfd, fd);
            e = epoll_runtime_add(epfd, fd, events, data);
        }
        if (e) return fail(static_cast<wasix::errno_t>(e));
        if (!record(epfd, fd, events, data)) {
            (void)epoll_runtime_del(epfd, fd);
            return fail_posix(ENOMEM);
        }
        return 0;
    }
    case EPOLL_CTL_DEL: {
        int e = epoll_runtime_del(epfd, fd);
        if (e) return fail(static_cast<wasix::errno_t>(e));
        epoll_reg_clear(fd, epfd);
        give_reports_back(fd);
        return 0;
    }
    default: {
        int e = epoll_runtime_del(epfd, fd);
        if (e) return fail(static_cast<wasix::errno_t>(e));  // ENOENT if not registered
        e = epoll_runtime_add(epfd, fd, events, data);
        if (e || !record(epfd, fd, events, data)) {
            if (!e) (void)epoll_runtime_del(epfd, fd);
            epoll_reg_clear(fd, epfd);
            give_reports_back(fd);
            return e ? fail(static_cast<wasix::errno_t>(e)) : fail_posix(ENOMEM);
        }
        return 0;
    }
    }
}
