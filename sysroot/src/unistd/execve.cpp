// execve.cpp - execve over proc_exec2: the program is a .wasm file in the
// guest file system (its path is made absolute against the cwd);
// arguments and environment are passed as newline-separated lists. Descriptors
// marked close-on-exec are closed first. Only returns on failure.
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/abspath.hpp"
#include "__support/fd_table.hpp"

namespace {

// "a\nb\nc" from a null-terminated vector; null on allocation failure.
// Elements containing a newline cannot be passed: EINVAL.
char* join(char* const* v, int* err) {
    size_t len = 1;
    for (char* const* p = v; p && *p; ++p) {
        if (strchr(*p, '\n')) {
            *err = EINVAL;
            return nullptr;
        }
        len += strlen(*p) + 1;
    }
    char* out = static_cast<char*>(malloc(len));
    if (!out) {
        *err = ENOMEM;
        return nullptr;
    }
    size_t n = 0;
    for (char* const* p = v; p && *p; ++p) {
        if (n) out[n++] = '\n';
        const size_t l = strlen(*p);
        memcpy(out + n, *p, l);
        n += l;
    }
    out[n] = '\0';
    return out;
}

// The runtime ends the calling process (exit status 45) when asked to exec
// something that is not a valid wasm module (QUIRKS.md, "exec of a
// non-module"), where Linux returns ENOEXEC. So the file is checked first:
// the magic and version, then the section headers must tile the file
// exactly (each a known id and a LEB128 size that stays inside the file).
// This catches text files and truncated or corrupt modules; a module whose
// section contents are invalid still reaches the runtime.
int read_byte(int fd, unsigned char* b) { return read(fd, b, 1) == 1 ? 0 : -1; }

int read_leb_u32(int fd, uint32_t* out) {
    uint32_t value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        unsigned char b;
        if (read_byte(fd, &b)) return -1;
        value |= static_cast<uint32_t>(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *out = value;
            return 0;
        }
    }
    return -1;
}

int check_module(const char* path) {
    const int fd = open(path, O_RDONLY);
    if (fd < 0) return errno;
    const off_t size = lseek(fd, 0, SEEK_END);
    unsigned char head[8] = {};
    bool ok = size >= 8 && lseek(fd, 0, SEEK_SET) == 0 && read(fd, head, sizeof head) == 8 &&
              memcmp(head, "\0asm\1\0\0\0", 8) == 0;
    off_t pos = 8;
    while (ok && pos < size) {
        unsigned char id;
        uint32_t len;
        ok = read_byte(fd, &id) == 0 && id <= 13 && read_leb_u32(fd, &len) == 0;
        if (!ok) break;
        pos = lseek(fd, 0, SEEK_CUR);
        ok = pos >= 0 && static_cast<off_t>(len) <= size - pos;
        if (ok) pos = lseek(fd, static_cast<off_t>(len), SEEK_CUR);
    }
    close(fd);
    return ok && pos == size ? 0 : ENOEXEC;
}

}  // namespace

extern "C" int execve(const char* path, char* const argv[], char* const envp[]) {
    char* abs = nullptr;
    int err = __wasix_abspath(path, &abs);
    if (err) {
        errno = err;
        return -1;
    }
    struct stat st;
    if (stat(abs, &st) != 0) {
        err = errno;
    } else if (!S_ISREG(st.st_mode)) {
        err = EACCES;
    } else {
        err = check_module(abs);
    }
    char* args = err ? nullptr : join(argv, &err);
    char* envs = err ? nullptr : join(envp, &err);
    if (!err) {
        wasix_libc::fd_close_on_exec();
        wasix::proc_exec2(abs, args, envs);
        // proc_exec2 returned: the runtime could not start the program.
        err = ENOEXEC;
    }
    free(abs);
    free(args);
    free(envs);
    errno = err;
    return -1;
}
