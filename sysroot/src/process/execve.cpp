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

#include "../fd/cloexec.hpp"
#include "../unistd/abspath.hpp"

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

// The bundled runtime ends the calling process (exit status 45) when asked
// to exec something that is not a wasm module, so check the magic first.
int check_module(const char* path) {
    const int fd = open(path, O_RDONLY);
    if (fd < 0) return errno;
    unsigned char magic[4] = {0, 0, 0, 0};
    const ssize_t n = read(fd, magic, sizeof magic);
    close(fd);
    if (n != 4 || magic[0] != 0 || magic[1] != 'a' || magic[2] != 's' || magic[3] != 'm') return ENOEXEC;
    return 0;
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
        __wasix_fd_close_cloexec();
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
