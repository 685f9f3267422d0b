// timer_warmup.hpp - works around a runtime quirk (@wasmer/sdk 0.16.0): unless
// the process waited on a clock alone BEFORE it created its first socket, the
// timeout of a poll_oneoff or epoll_wait that also waits on sockets is not
// honored (the call blocks until a socket event; even a zero timeout).
// ensure_timers() does that one clock-only wait (1 ms, once per process);
// socket() calls it before its first sock_open (poll and epoll call it too,
// for processes that wait before they have sockets).
#pragma once

namespace wasix_libc {

void ensure_timers() noexcept;

}  // namespace wasix_libc
