// io_checks.hpp - argument checks shared by read/readv/write/writev.
//
// The runtime does not fail a transfer through a null buffer (QUIRKS.md,
// "buffers"): a read into address 0 succeeds and writes there. And it
// refuses a buffer that runs past the end of linear memory as a whole, where
// Linux only checks that the range lies in the address space and then
// transfers what there is (a read of 3 available bytes into a buffer
// declared 1 GiB long stores 3 bytes). The layer gives the Linux answers:
// EFAULT for a null buffer or one outside linear memory; a count that runs
// past the end of memory but not past the end of the address space is
// clamped to the end of memory (a transfer that really needs those bytes
// stops short, as a partial transfer).
#pragma once

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/signalfd.h>

#include "__support/fd_table.hpp"

namespace wasix_libc {

// Bytes of linear memory from p to its end (0 when p is past it).
inline size_t bytes_to_memory_end(const void* p) noexcept {
    const uintptr_t end = static_cast<uintptr_t>(__builtin_wasm_memory_size(0)) * 65536u;
    const uintptr_t at = reinterpret_cast<uintptr_t>(p);
    return at < end ? end - at : 0;
}

// 0 when a transfer of *count bytes at buf may go ahead (*count clamped to
// linear memory), else EFAULT.
inline int check_buffer(const void* buf, size_t* count) noexcept {
    if (*count == 0) return 0;
    const size_t room = bytes_to_memory_end(buf);
    if (buf == nullptr || room == 0) return EFAULT;
    if (*count > room) {
        if (*count > UINTPTR_MAX - reinterpret_cast<uintptr_t>(buf)) return EFAULT;  // past the address space
        *count = room;
    }
    return 0;
}

// Whether an array the call writes in full (epoll events, pollfds) lies in
// linear memory: the runtime would refuse it, or trap.
inline bool range_in_memory(const void* p, size_t n) noexcept {
    return n == 0 || (p != nullptr && n <= bytes_to_memory_end(p));
}

// EBADF when the descriptor is the wrong end of a pipe for the direction.
inline bool wrong_pipe_end(int fd, bool writing) noexcept {
    const uint32_t f = fd_flags(fd);
    return (f & fd_pipe) && (((f & fd_pipe_wr) != 0) != writing);
}

// Why a write to fd must fail before it reaches the runtime: EBADF for the
// read end of a pipe, EINVAL for a timerfd (an eventfd underneath, which
// would take the value); 0 if it may go ahead.
inline int write_refused(int fd) noexcept {
    const uint32_t f = fd_flags(fd);
    if ((f & fd_pipe) && !(f & fd_pipe_wr)) return EBADF;
    return (f & fd_timerfd) ? EINVAL : 0;
}

// EINVAL for a read of count bytes that cannot hold one record of an eventfd
// or a timerfd (an 8-byte counter) or a signalfd (a signalfd_siginfo): Linux
// refuses it before it looks for data (the runtime's eventfd would answer
// EAGAIN at 0 first).
inline int check_record_read(uint32_t state, size_t count) noexcept {
    if ((state & (fd_eventfd | fd_timerfd)) && count < sizeof(uint64_t)) return EINVAL;
    if ((state & fd_signalfd) && count < sizeof(struct signalfd_siginfo)) return EINVAL;
    return 0;
}

// EINVAL for a write to an eventfd that is shorter than its counter or adds
// 2^64-1, a value the counter can never hold.
inline int check_eventfd_write(uint32_t state, const void* buf, size_t count) noexcept {
    if (!(state & fd_eventfd)) return 0;
    if (count < sizeof(uint64_t)) return EINVAL;
    uint64_t add;
    memcpy(&add, buf, sizeof add);
    return add == UINT64_MAX ? EINVAL : 0;
}

}  // namespace wasix_libc
