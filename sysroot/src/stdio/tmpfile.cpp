// tmpfile.cpp - tmpfile(): a new file in P_tmpdir (/tmp) opened with O_EXCL
// and unlinked at once, as a "w+" stream.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "__support/temp_name.hpp"

extern "C" FILE* tmpfile(void) {
    char path[64];
    for (int tries = 0; tries < 100; ++tries) {
        if (!wasix_libc::temp_name(P_tmpdir, "tmpf", path, sizeof path)) return nullptr;
        const int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            if (errno == EEXIST) continue;
            return nullptr;
        }
        (void)unlink(path);
        FILE* f = fdopen(fd, "w+");
        if (!f) {
            const int e = errno;
            close(fd);
            errno = e;
        }
        return f;
    }
    errno = EEXIST;
    return nullptr;
}
