// execve.cpp - execve over proc_exec2: the program is a .wasm file in the
// guest file system (exec_image.hpp checks it and makes its path absolute
// against the cwd); arguments and environment are passed as newline-separated
// lists. Descriptors marked close-on-exec are closed first. Only returns on
// failure, but for a vfork child, whose exec returns in the parent: that
// goes back to the parent's vfork (__support/vfork.hpp). Ignored signals
// are passed in the environment (__support/sig_inherit.cpp).
#include <errno.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/exec_image.hpp"
#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/vfork.hpp"

// In __support/run_signals.cpp, linked with the signal functions.
extern "C" __attribute__((weak)) void __wasix_run_signals_exec(int failed);
// In __support/sig_inherit.cpp, linked with the signal functions (without
// them nothing can be ignored).
extern "C" __attribute__((weak)) int __wasix_signal_exec_env(char* buf, size_t size);

extern "C" int execve(const char* path, char* const argv[], char* const envp[]) {
    int err;
    {
        wasix_libc::exec_image img;
        err = wasix_libc::exec_prepare(path, argv, envp, &img);
        // Ignored signals stay ignored in the new program, as on Linux.
        char ignored[40];
        if (!err && __wasix_signal_exec_env && __wasix_signal_exec_env(ignored, sizeof ignored) > 0)
            err = wasix_libc::exec_add_env(&img, ignored);
        if (!err && wasix_libc::vfork_in_child()) {
            // proc_exec3 tells a start (it returns in the parent) from a
            // failure (it returns in the child, with the reason).
            wasix_libc::fd_close_on_exec();
            const auto r = wasix::proc_exec3(img.path, img.args, img.envs, wasix::bool_t::_false, "");
            if (r) {
                img.clear();
                wasix_libc::vfork_resume_parent();
            }
            err = wasix_libc::posix_errno(r.error());
        } else if (!err) {
            wasix_libc::fd_close_on_exec();
            if (__wasix_run_signals_exec) __wasix_run_signals_exec(0);
            wasix::proc_exec2(img.path, img.args, img.envs);
            // proc_exec2 returned: the runtime could not start the program.
            if (__wasix_run_signals_exec) __wasix_run_signals_exec(1);
            err = ENOEXEC;
        }
    }
    errno = err;
    return -1;
}
