// stdio_merge.hpp - stderr written through stdout when both are one host file.
//
// The runtime hands a guest's stdout and stderr to the embedder as two
// streams, and the order between them is lost on the way (QUIRKS.md,
// "stdout and stderr"): under `wasix-run prog 2>&1` all of a burst of
// stdout could arrive before the stderr written between it. When wasix-run's
// own descriptors 1 and 2 are the same host file it says so in the guest's
// environment (WASIX_STDERR_IS_STDOUT=1); the library then takes the
// variable out of the environment and writes what goes to descriptor 2
// through descriptor 1, which keeps the order and changes nothing else,
// until the program replaces or closes descriptor 1 or 2. exec and spawn
// pass the variable on while the merge holds.
#pragma once

namespace wasix_libc {

// The descriptor a write to fd goes to.
int output_fd(int fd) noexcept;

// Whether stderr is still written through stdout.
bool stdio_merged() noexcept;

// Descriptor fd was replaced or closed (fd_table calls this for 1 and 2).
void stdio_unmerge() noexcept;

// Puts back what stdio_merged() said (a vfork parent resuming: what its
// child did to descriptors 1 and 2 was the child's).
void stdio_restore(bool merged) noexcept;

// The line exec and spawn add to the new program's environment while merged.
inline constexpr char stdio_merge_env[] = "WASIX_STDERR_IS_STDOUT=1";

}  // namespace wasix_libc
