// splice.cpp - splice(): moves up to len bytes between a pipe and another
// descriptor by reading and writing through a buffer (the runtime has no
// splice). Linux's checks: one end must be a pipe (EINVAL), a pipe end
// takes no offset (ESPIPE), unknown flags are EINVAL. It returns after the
// first read that gave data, as a pipe read does.
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"

namespace {

// The runtime's fstat does not tell a pipe (QUIRKS.md, "F_GETFL"); the
// descriptor table does.
bool is_pipe(int fd, bool* ok) {
    struct stat st;
    *ok = fstat(fd, &st) == 0;
    return *ok && (S_ISFIFO(st.st_mode) || wasix_libc::fd_has(fd, wasix_libc::fd_pipe));
}

}  // namespace

extern "C" ssize_t splice(int in, off_t* off_in, int out, off_t* off_out, size_t len, unsigned flags) {
    using wasix_libc::fail_posix;
    if (flags & ~static_cast<unsigned>(SPLICE_F_MOVE | SPLICE_F_NONBLOCK | SPLICE_F_MORE | SPLICE_F_GIFT))
        return fail_posix(EINVAL);
    bool in_ok, out_ok;
    const bool in_pipe = is_pipe(in, &in_ok);
    const bool out_pipe = is_pipe(out, &out_ok);
    if (!in_ok || !out_ok) return fail_posix(EBADF);
    if (!in_pipe && !out_pipe) return fail_posix(EINVAL);
    if ((in_pipe && off_in) || (out_pipe && off_out)) return fail_posix(ESPIPE);
    if (len == 0) return 0;
    char buf[16384];
    const size_t chunk = len < sizeof buf ? len : sizeof buf;
    const ssize_t n = off_in ? pread(in, buf, chunk, *off_in) : read(in, buf, chunk);
    if (n <= 0) return n;
    size_t done = 0;
    while (done < static_cast<size_t>(n)) {
        const ssize_t w = off_out ? pwrite(out, buf + done, static_cast<size_t>(n) - done, *off_out + static_cast<off_t>(done))
                                  : write(out, buf + done, static_cast<size_t>(n) - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            if (done == 0) return -1;
            break;
        }
        done += static_cast<size_t>(w);
    }
    if (off_in) *off_in += static_cast<off_t>(done);
    if (off_out) *off_out += static_cast<off_t>(done);
    return static_cast<ssize_t>(done);
}
