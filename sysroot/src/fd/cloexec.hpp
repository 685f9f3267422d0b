// cloexec.hpp - close-on-exec bookkeeping. WASIX descriptors have no
// close-on-exec flag, so the libc keeps one bit per descriptor number and
// exec (sysroot/src/process/execve.cpp) closes the marked descriptors before
// proc_exec. Descriptors >= cloexec_max cannot be marked (EMFILE-like
// failure is not reported: F_SETFD on them succeeds without effect).
#pragma once

namespace wasix_process {

constexpr int cloexec_max = 1024;

}  // namespace wasix_process

extern "C" {
// Set or clear the close-on-exec bit of fd (ignored for fd out of range).
void __wasix_fd_set_cloexec(int fd, int on);
// 1 if fd is marked close-on-exec, else 0.
int __wasix_fd_get_cloexec(int fd);
// Close every marked descriptor and clear the marks (called by exec).
void __wasix_fd_close_cloexec(void);
}
