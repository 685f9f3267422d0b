// sendfile.cpp - sendfile(): copies count bytes from in to out through a
// buffer. With an offset, in is read there (and *offset advanced) and its
// own position is left alone; without one, from its position. in must be
// a file that can be read at an offset (EINVAL otherwise, as Linux says
// for a pipe or socket); out may be anything open for writing.
#include <errno.h>
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>

#include "__support/errno_map.hpp"

extern "C" ssize_t sendfile(int out, int in, off_t* offset, size_t count) {
    using wasix_libc::fail_posix;
    struct stat st;
    if (fstat(in, &st) != 0 || !(fcntl(in, F_GETFL) & O_RDONLY)) return fail_posix(EBADF);
    if (fstat(out, &st) != 0 || !(fcntl(out, F_GETFL) & O_WRONLY)) return fail_posix(EBADF);
    struct stat ist;
    fstat(in, &ist);
    if (!S_ISREG(ist.st_mode)) return fail_posix(EINVAL);
    if (offset && *offset < 0) return fail_posix(EINVAL);
    if (count > 0x7ffff000) count = 0x7ffff000;
    char buf[16384];
    size_t done = 0;
    off_t pos = offset ? *offset : 0;
    while (done < count) {
        const size_t want = count - done < sizeof buf ? count - done : sizeof buf;
        const ssize_t n = offset ? pread(in, buf, want, pos) : read(in, buf, want);
        if (n < 0) {
            if (errno == EINTR) continue;
            if (done == 0) return -1;
            break;
        }
        if (n == 0) break;
        size_t w = 0;
        while (w < static_cast<size_t>(n)) {
            const ssize_t k = write(out, buf + w, static_cast<size_t>(n) - w);
            if (k < 0) {
                if (errno == EINTR) continue;
                // What was read but not written is given back to in.
                if (!offset) (void)lseek(in, -static_cast<off_t>(static_cast<size_t>(n) - w), SEEK_CUR);
                if (offset) *offset = pos + static_cast<off_t>(w);
                return done + w > 0 ? static_cast<ssize_t>(done + w) : -1;
            }
            w += static_cast<size_t>(k);
        }
        done += static_cast<size_t>(n);
        pos += n;
    }
    if (offset) *offset = pos;
    return static_cast<ssize_t>(done);
}
