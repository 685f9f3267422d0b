// exec_image.hpp - what the runtime needs to start a program: its absolute
// path, checked to be a wasm module, and the argument and environment
// lists joined the runtime's way. Shared by execve (proc_exec2) and
// posix_spawn (proc_spawn2), so both fail with the same errno as Linux's
// execve before the runtime is asked.
#pragma once

namespace wasix_libc {

struct exec_image {
    char* path = nullptr;  // absolute, lexically normalised
    char* args = nullptr;  // argv, one per line
    char* envs = nullptr;  // envp, one per line
    exec_image() = default;
    exec_image(const exec_image&) = delete;
    exec_image& operator=(const exec_image&) = delete;
    ~exec_image() { clear(); }
    // Frees what the image holds, so it can be filled again.
    void clear() noexcept;
};

// Fills img for running path with argv and envp (what img held before is
// freed first, so a $PATH search can try candidates with one image). Returns 0 or the errno
// execve gives: ENOENT/ENOTDIR/EACCES from the path, EACCES for what is not a
// regular file, ENOEXEC for what is not a wasm module, EINVAL for an
// argument or variable with a newline in it (the runtime's separator),
// ENOMEM. When same_stdio (the new program gets this process's descriptors
// 1 and 2 as they are) and stderr is written through stdout here, the new
// program is told to do the same (stdio_merge.hpp).
int exec_prepare(const char* path, char* const argv[], char* const envp[], exec_image* img,
                 bool same_stdio = true);

// Adds the variable entry ("NAME=value") to the environment of a prepared
// img; 0 or ENOMEM.
int exec_add_env(exec_image* img, const char* entry) noexcept;

// $PATH search as execvp does it (default "/bin:/usr/bin"; an empty element
// is the working directory): calls try_one with each candidate for a file
// name without '/', or with file itself, until it returns 0. Returns 0, or
// the errno execvp gives: the first failure other than ENOENT/ENOTDIR/
// EACCES, else EACCES if a candidate gave it, else ENOENT.
int exec_search(const char* file, int (*try_one)(const char* candidate, void* ctx), void* ctx);

}  // namespace wasix_libc
