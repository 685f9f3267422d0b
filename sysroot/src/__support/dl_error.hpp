// dl_error.hpp - the per-thread message dlerror() returns, and the handles
// the dlfcn functions give out.
#pragma once

#include <stdint.h>

namespace wasix_libc {

// Records "<what> <name>: <reason>" (name may be null) for dlerror.
void dl_set_error(const char* what, const char* name, const char* reason) noexcept;
// The recorded message, once; null when there is none (dlerror).
char* dl_take_error() noexcept;
// A successful call: dlerror() returns null until the next failure (as glibc).
void dl_clear_error() noexcept;

// What dlopen says in a program that is not position-independent: the
// runtime only loads side modules into a dynamically linked program.
inline constexpr const char* kDlNotDynamic =
    "this program is not dynamically linked: link it with -fPIC (wasix-clang -fPIC) to load "
    "side modules";

// A handle is the runtime's number for a module as a pointer: the program
// is 1, side modules count up from 2, and 0 asks the runtime to look in the
// program and every module loaded with RTLD_GLOBAL, which is RTLD_DEFAULT.
inline constexpr uint32_t kDlProgramHandle = 1;
inline void* dl_handle_from_runtime(uint32_t h) noexcept {
    return reinterpret_cast<void*>(static_cast<uintptr_t>(h));
}
inline uint32_t dl_handle_to_runtime(void* handle) noexcept {
    return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(handle));
}

}  // namespace wasix_libc
