// fd_table.hpp - the one table of what the layer knows about each descriptor
// that the runtime does not keep for it.
//
// WASIX descriptors have no close-on-exec flag, no record of listen(), no
// MSG_PEEK, no level-triggered epoll and a semaphore eventfd that reports the
// wrong count (QUIRKS.md). The layer keeps that state here, one record per
// descriptor number, for every number the runtime may hand out (the table
// grows on demand; there is no small fixed limit).
//
// Every function that creates, duplicates or closes a descriptor calls
// exactly one of fd_opened / fd_duplicated / fd_closed, so a number that is
// reused never inherits the state of the descriptor that had it before.
// exec (unistd/execve.cpp) and posix_spawn consult the close-on-exec bits.
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

namespace wasix_libc {

// Bits of a record's flags.
enum : uint32_t {
    fd_cloexec = 1u << 0,      // closed by exec
    fd_listening = 1u << 1,    // listen() succeeded on this socket
    fd_shut_wr = 1u << 2,      // shutdown(SHUT_WR): sends fail with EPIPE
    fd_eventfd_sem = 1u << 3,  // eventfd in EFD_SEMAPHORE mode
    fd_pipe = 1u << 4,         // an end of a pipe made by pipe()/pipe2()
    fd_pipe_wr = 1u << 5,      // with fd_pipe: the write end (else the read end)
    fd_socket = 1u << 6,       // made by socket()/accept()/socketpair()
    fd_inet = 1u << 7,         // with fd_socket: AF_INET
    fd_inet6 = 1u << 8,        // with fd_socket: AF_INET6
    fd_unix = 1u << 9,         // with fd_socket: AF_UNIX stream over loopback TCP (unix_stream.hpp)
    fd_timerfd = 1u << 10,     // a timerfd (an eventfd fed by timers.hpp): reads take 8 bytes
    fd_eventfd = 1u << 11,     // made by eventfd() (transfers are of 8 bytes)
    fd_signalfd = 1u << 12,    // the read end of signalfd()'s pipe
    fd_stream = 1u << 13,      // with fd_socket: SOCK_STREAM (what fd_fdstat_get would say, without asking)
};

// Flags that describe the open file, which dup copies (close-on-exec
// belongs to the descriptor and is given to fd_duplicated explicitly).
constexpr uint32_t fd_file_flags =
    fd_listening | fd_shut_wr | fd_eventfd_sem | fd_pipe | fd_pipe_wr | fd_socket | fd_inet | fd_inet6 | fd_unix |
    fd_timerfd | fd_eventfd | fd_signalfd | fd_stream;

// fd is a new descriptor: forget all that was known about the number, then
// record flags.
void fd_opened(int fd, uint32_t flags) noexcept;
// `to` now refers to the open file of `from` (dup, dup2, dup3, F_DUPFD):
// forget what was known about `to`, copy fd_file_flags, set close-on-exec.
void fd_duplicated(int from, int to, bool cloexec) noexcept;
// fd was closed: forget all that was known about it.
void fd_closed(int fd) noexcept;
// fd_opened for a descriptor open() or openat() made from path relative to
// dirfd: when dirfd's path is known (fd_path_copy), fd's is kept too.
void fd_opened_at(int fd, uint32_t flags, int dirfd, const char* path) noexcept;
// The absolute path fd was opened by (malloc'd; the caller frees it), or
// nullptr when not known: WASIX cannot say which path a descriptor has, so
// the table keeps the one open() or openat() named (also for a descriptor
// opened relative to a known one) and the names of preopened directories.
// dup copies it, close drops it. fchdir uses it; a directory renamed since
// it was opened is not followed.
char* fd_path_copy(int fd) noexcept;

// The open file description fd refers to, as a number shared by fd and
// every descriptor duplicated from it (0 only when memory ran out). flock()
// locks belong to it.
uint32_t fd_open_file(int fd) noexcept;
// Calls f(other, arg) for every descriptor other than fd that refers to fd's
// open file description (its duplicates in this process).
void fd_for_each_sharing(int fd, void (*f)(int other, void* arg), void* arg) noexcept;
// f(id) is called when the last descriptor of open file description id
// (a number fd_open_file gave out) is closed or replaced. Up to four
// different functions may be registered; registering one again is a no-op.
void fd_on_open_file_released(void (*f)(uint32_t id)) noexcept;

uint32_t fd_flags(int fd) noexcept;
inline bool fd_has(int fd, uint32_t flag) noexcept { return (fd_flags(fd) & flag) != 0; }

// Whether a hang-up the runtime reports for fd only means that the peer
// closed: a socket still open for sending here (QUIRKS.md, "hang-up of a
// socket").
inline bool hangup_is_peer_close(int fd) noexcept {
    const uint32_t f = fd_flags(fd);
    return (f & fd_socket) && !(f & fd_shut_wr);
}
void fd_set_flag(int fd, uint32_t flag, bool on) noexcept;

// Closes every descriptor marked close-on-exec (exec, just before
// proc_exec).
void fd_close_on_exec() noexcept;
// Calls f(fd, arg) for each descriptor marked close-on-exec (spawn).
void fd_for_each_cloexec(void (*f)(int fd, void* arg), void* arg) noexcept;

// --- vfork (vfork.hpp) ----------------------------------------------------
// A vfork child shares this table with its parent. fd_table_save copies it
// (nullptr when memory ran out) and, until fd_table_restore puts the copy
// back and frees it, nothing the child closes or replaces frees what the
// parent's records point to (peek buffers, epoll registrations) or releases
// the parent's flock locks.
struct fd_saved;
fd_saved* fd_table_save() noexcept;
void fd_table_restore(fd_saved* saved) noexcept;

// --- MSG_PEEK on stream sockets (the runtime cannot peek: QUIRKS.md) ------
// Bytes a peek had to read for real are kept per descriptor; every later
// receive on it (recv*, read, readv) returns them first.

// Whether any descriptor has peeked bytes (a cheap check for the fast path).
bool peek_active() noexcept;
size_t peek_size(int fd) noexcept;
// Copies up to the iov capacity from fd's buffer; consumes them unless keep.
size_t peek_copy(int fd, const struct iovec* iov, int iovcnt, bool keep) noexcept;
// Appends n bytes to fd's buffer; false when out of memory.
bool peek_append(int fd, const void* data, size_t n) noexcept;

// --- epoll registrations ------------------------------------------------
// The runtime reports readiness edges only and mishandles EPOLL_CTL_MOD
// (QUIRKS.md), so the layer remembers each registration. A descriptor may be
// registered with several epoll instances at once.
struct epoll_reg {
    uint32_t events;  // Linux bits as given to epoll_ctl
    uint64_t data;
    bool recheck;     // reported level-triggered: check again on the next wait
    bool shared;      // fd is registered with other epoll instances too
    bool edge_armed;  // edge-triggered: not reported since it was set, or found
                      // empty since its last report, so data found now is an
                      // edge to report (epoll_pwait.cpp, sweep)
};

bool epoll_reg_get(int fd, int epfd, epoll_reg* out) noexcept;
// Adds or replaces the registration of fd with epfd (recheck cleared).
// False when out of memory.
bool epoll_reg_set(int fd, int epfd, uint32_t events, uint64_t data) noexcept;
void epoll_reg_clear(int fd, int epfd) noexcept;
void epoll_reg_set_recheck(int fd, int epfd, bool on) noexcept;
void epoll_reg_set_edge_armed(int fd, int epfd, bool on) noexcept;
// The runtime reports a descriptor only to the epoll instance that added it
// last (QUIRKS.md, "one epoll instance per descriptor"): marks the
// level-triggered registrations of fd with instances other than epfd.
void epoll_reg_mark_others(int fd, int epfd) noexcept;
// If fd is registered with exactly one epoll instance, stores it and the
// registration and returns true.
bool epoll_reg_sole(int fd, int* epfd, epoll_reg* out) noexcept;
// A receive on fd failed with EAGAIN: fd is not readable now, so its
// registrations that wait for input only need no re-check; the runtime
// reports the next data as a new edge (QUIRKS.md, "edge-only epoll"). Not
// when fd is registered with several instances, all but one of which hear
// nothing from the runtime. Its edge-triggered registrations are armed
// (edge_armed).
void epoll_reg_drained(int fd) noexcept;
// Stores up to max descriptors registered with epfd and marked for a
// re-check in fds, in ascending order; returns how many. The marked
// registrations are kept on a list of their own: the cost is that of the
// marks of all epoll instances, not of the whole table.
int epoll_reg_rechecks(int epfd, int* fds, int max) noexcept;
// Stores in fds, in ascending order, up to max descriptors greater than `after` that are
// stream sockets (not listening) registered with epfd for input; returns how many. For the
// sweep of epoll_pwait.cpp (QUIRKS.md, "lost epoll reports").
int epoll_reg_streams(int epfd, int after, int* fds, int max) noexcept;

}  // namespace wasix_libc

extern "C" {
// For the C parts of the libc (the patched wasi-libc openat): a descriptor
// made by open with these open() flags (O_CLOEXEC is honoured).
// dirfd and path are what openat was given.
void __wasix_fd_opened_by_open(int fd, int oflag, int dirfd, const char* path);
// For the patched wasi-libc fstat: whether fd is an end of a pipe (the
// runtime gives pipes no file type).
int __wasix_fd_is_fifo(int fd);
}
