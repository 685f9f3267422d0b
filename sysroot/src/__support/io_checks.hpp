// io_checks.hpp - argument checks shared by read/readv/write/writev.
//
// The runtime does not fail a transfer through a null buffer (QUIRKS.md,
// "buffers"): a read into address 0 succeeds and writes there. Linux checks
// that the whole range lies in the process's address space before it
// transfers anything (EFAULT otherwise); the layer does the same with linear
// memory as the address space.
#pragma once

#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#include "__support/fd_table.hpp"

namespace wasix_libc {

// Bytes of linear memory from p to its end (0 when p is past it).
inline size_t bytes_to_memory_end(const void* p) noexcept {
    const uintptr_t end = static_cast<uintptr_t>(__builtin_wasm_memory_size(0)) * 65536u;
    const uintptr_t at = reinterpret_cast<uintptr_t>(p);
    return at < end ? end - at : 0;
}

// 0 when a transfer of count bytes at buf may go ahead, else EFAULT.
inline int check_buffer(const void* buf, size_t count) noexcept {
    if (count == 0) return 0;
    if (buf == nullptr || count > bytes_to_memory_end(buf)) return EFAULT;
    return 0;
}

// EBADF when the descriptor is the wrong end of a pipe for the direction.
inline bool wrong_pipe_end(int fd, bool writing) noexcept {
    const uint32_t f = fd_flags(fd);
    return (f & fd_pipe) && (((f & fd_pipe_wr) != 0) != writing);
}

}  // namespace wasix_libc
