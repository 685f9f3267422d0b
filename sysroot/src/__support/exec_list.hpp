// exec_list.hpp - the variadic exec calls (execl, execlp, execle): collect
// the argument list into a vector, then execve or execvp.
#pragma once

#include <stdarg.h>

namespace wasix_libc {

enum class exec_kind {
    path,    // execl: execve with environ
    search,  // execlp: execvp
    env,     // execle: execve with the envp that follows the arguments
};

// ap holds the arguments after arg0, up to and including the terminating
// null (and, for exec_kind::env, the envp after it). Returns only on failure.
int exec_list(exec_kind kind, const char* path, const char* arg0, va_list ap);

}  // namespace wasix_libc
