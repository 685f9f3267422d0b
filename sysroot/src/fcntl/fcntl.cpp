// fcntl.cpp - fcntl() for descriptors: F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD,
// F_SETFD (close-on-exec, kept by the libc), F_GETFL, F_SETFL (fdflags),
// and the POSIX record locks F_GETLK, F_SETLK, F_SETLKW. Replaces wasi-libc's
// fcntl.o.
//
// Record locks belong to a process, and a process's own locks never conflict
// with each other: within one process every F_SETLK/F_SETLKW that Linux
// would accept succeeds at once and F_GETLK reports F_UNLCK, which is exactly
// what Linux does for a process alone with the file. The runtime has no lock
// call, so locks held by other processes (a forked child) are not seen
// (README, limits). The arguments are checked as Linux checks them.
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"

namespace {

using wasix_libc::fail;
using wasix_libc::fail_posix;

// Numbers the descriptor table can hold; Linux gives EINVAL for a minimum
// at or above RLIMIT_NOFILE.
constexpr int kMaxDescriptors = 1 << 20;

// F_DUPFD[_CLOEXEC]: the runtime's fd_dup2 takes the lowest free number at
// or above min itself. Close-on-exec stays in the libc's table alone
// (QUIRKS.md, "close-on-exec").
int dupfd(int fd, int min, bool cloexec) {
    if (min < 0 || min >= kMaxDescriptors) return fail_posix(EINVAL);
    const auto d = wasix::fd_dup2(wasix::fd_t{fd}, wasix::fd_t{min}, wasix::bool_t::_false);
    if (!d) return fail(d.error());
    const int nfd = static_cast<int>(*d);
    wasix_libc::fd_duplicated(fd, nfd, cloexec);
    return nfd;
}

constexpr int status_flags = O_APPEND | O_DSYNC | O_NONBLOCK | O_RSYNC | O_SYNC;

// F_GETLK, F_SETLK, F_SETLKW: validated like Linux (fs/locks.c), then
// granted (set) or reported free (get).
int record_lock(int fd, int cmd, struct flock* fl) {
    const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
    if (!st) return fail(st.error());
    if (fl == nullptr) return fail_posix(EFAULT);
    const int type = fl->l_type;
    if (type != F_RDLCK && type != F_WRLCK && type != F_UNLCK) return fail_posix(EINVAL);
    if (cmd == F_GETLK && type == F_UNLCK) return fail_posix(EINVAL);
    off_t base = 0;
    switch (fl->l_whence) {
    case SEEK_SET:
        break;
    case SEEK_CUR: {
        const auto pos = wasix::fd_tell(wasix::fd_t{fd});
        if (!pos) return fail(pos.error());
        base = static_cast<off_t>(*pos);
        break;
    }
    case SEEK_END: {
        const auto fs = wasix::fd_filestat_get(wasix::fd_t{fd});
        if (!fs) return fail(fs.error());
        base = static_cast<off_t>(fs->size);
        break;
    }
    default:
        return fail_posix(EINVAL);
    }
    off_t start;
    if (__builtin_add_overflow(base, fl->l_start, &start)) return fail_posix(EOVERFLOW);
    if (start < 0) return fail_posix(EINVAL);
    if (fl->l_len < 0) {
        // A negative length locks the bytes before start.
        if (start + fl->l_len < 0) return fail_posix(EINVAL);
    } else if (fl->l_len > 0) {
        off_t last;
        if (__builtin_add_overflow(start, fl->l_len - 1, &last)) return fail_posix(EOVERFLOW);
    }
    if (cmd == F_GETLK) {
        fl->l_type = F_UNLCK;
        return 0;
    }
    // Setting a read lock needs a descriptor open for reading, a write lock
    // one open for writing (EBADF otherwise).
    if (type != F_UNLCK) {
        // O_RDWR is O_RDONLY | O_WRONLY in this libc: test the bits.
        const int mode = fcntl(fd, F_GETFL);
        const bool rd = (mode & O_RDONLY) != 0;
        const bool wr = (mode & O_WRONLY) != 0;
        if ((type == F_RDLCK && !rd) || (type == F_WRLCK && !wr)) return fail_posix(EBADF);
    }
    return 0;
}

}  // namespace

extern "C" int fcntl(int fd, int cmd, ...) {
    va_list ap;
    va_start(ap, cmd);
    if (cmd == F_GETLK || cmd == F_SETLK || cmd == F_SETLKW) {
        struct flock* fl = va_arg(ap, struct flock*);
        va_end(ap);
        return record_lock(fd, cmd, fl);
    }
    const int arg = (cmd == F_GETFD || cmd == F_GETFL) ? 0 : va_arg(ap, int);
    va_end(ap);

    switch (cmd) {
    case F_DUPFD:
        return dupfd(fd, arg, false);
    case F_DUPFD_CLOEXEC:
        return dupfd(fd, arg, true);
    case F_GETFD:
    case F_SETFD: {
        const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
        if (!st) return fail(st.error());
        if (cmd == F_GETFD) return wasix_libc::fd_has(fd, wasix_libc::fd_cloexec) ? FD_CLOEXEC : 0;
        wasix_libc::fd_set_flag(fd, wasix_libc::fd_cloexec, (arg & FD_CLOEXEC) != 0);
        return 0;
    }
    case F_GETFL: {
        const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
        if (!st) return fail(st.error());
        int flags = static_cast<int>(st->fs_flags) & status_flags;
        // The runtime's rights do not say how a pipe end or a socket was
        // opened (QUIRKS.md, "F_GETFL"): the table does.
        const uint32_t known = wasix_libc::fd_flags(fd);
        // A signalfd is a pipe's read end here, opened O_RDWR on Linux.
        if (known & wasix_libc::fd_signalfd) return flags | O_RDWR;
        if (known & wasix_libc::fd_pipe) return flags | ((known & wasix_libc::fd_pipe_wr) ? O_WRONLY : O_RDONLY);
        // Accepted sockets come with other status bits set (append):
        // only O_NONBLOCK means anything for a socket.
        if (known & wasix_libc::fd_socket) return (flags & O_NONBLOCK) | O_RDWR;
        using wasix::rights_t;
        const bool rd = wasix::abi::has_any(st->fs_rights_base, rights_t::fd_read | rights_t::fd_readdir);
        const bool wr = wasix::abi::has_any(st->fs_rights_base, rights_t::fd_write);
        if (rd && wr)
            flags |= O_RDWR;
        else if (wr)
            flags |= O_WRONLY;
        else if (rd)
            flags |= O_RDONLY;
        else
            flags |= O_SEARCH;
        return flags;
    }
    case F_SETFL: {
        const auto flags = static_cast<wasix::fdflags_t>(arg & status_flags);
        const auto r = wasix::fd_fdstat_set_flags(wasix::fd_t{fd}, flags);
        if (!r) return fail(r.error());
        // The flags belong to the open file description, which the runtime
        // does not share between duplicates (QUIRKS.md, "status flags are
        // per descriptor"): every duplicate gets them too.
        wasix_libc::fd_for_each_sharing(
            fd,
            [](int other, void* f) {
                (void)wasix::fd_fdstat_set_flags(wasix::fd_t{other}, *static_cast<const wasix::fdflags_t*>(f));
            },
            const_cast<wasix::fdflags_t*>(&flags));
        return 0;
    }
    default: {
        // Linux checks the descriptor before the command.
        const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
        if (!st) return fail(st.error());
        return fail_posix(EINVAL);
    }
    }
}
