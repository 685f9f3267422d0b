// execve.cpp - execve over proc_exec2: the program is a .wasm file in the
// guest file system (exec_image.hpp checks it and makes its path absolute
// against the cwd); arguments and environment are passed as newline-separated
// lists. Descriptors marked close-on-exec are closed first. Only returns on
// failure.
#include <errno.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/exec_image.hpp"
#include "__support/fd_table.hpp"

extern "C" int execve(const char* path, char* const argv[], char* const envp[]) {
    int err;
    {
        wasix_libc::exec_image img;
        err = wasix_libc::exec_prepare(path, argv, envp, &img);
        if (!err) {
            wasix_libc::fd_close_on_exec();
            wasix::proc_exec2(img.path, img.args, img.envs);
            // proc_exec2 returned: the runtime could not start the program.
            err = ENOEXEC;
        }
    }
    errno = err;
    return -1;
}
