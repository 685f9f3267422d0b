// execvpe.cpp - execvpe(): a name without '/' is looked up in $PATH
// (exec_image.hpp, exec_search); each candidate is tried with execve.
#include <errno.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/exec_image.hpp"

namespace {

struct exec_args {
    char* const* argv;
    char* const* envp;
};

int try_execve(const char* candidate, void* ctx) {
    const auto* a = static_cast<const exec_args*>(ctx);
    execve(candidate, a->argv, a->envp);
    return errno;
}

}  // namespace

extern "C" int execvpe(const char* file, char* const argv[], char* const envp[]) {
    exec_args a{argv, envp};
    return wasix_libc::fail_posix(wasix_libc::exec_search(file, try_execve, &a));
}
