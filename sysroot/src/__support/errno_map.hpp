// errno_map.hpp - WASIX errno_t -> POSIX E* values, for the socket, netdb and
// poll code of the sysroot. The only place where the translation is written.
#pragma once

#include <wasix/wasix.hpp>

extern "C" {
// The POSIX errno value for a WASIX errno code (0 for success). Exported with
// a reserved name so the test suite can check every code.
int __wasix_errno_to_posix(int wasix_code);
}

namespace wasix_libc {

inline int posix_errno(wasix::errno_t e) noexcept {
    return __wasix_errno_to_posix(static_cast<int>(e));
}

// Store the POSIX errno for e in errno; returns -1 (the usual failure value).
int fail(wasix::errno_t e) noexcept;
// Store a POSIX errno value in errno; returns -1.
int fail_posix(int posix_errno) noexcept;

}  // namespace wasix_libc
