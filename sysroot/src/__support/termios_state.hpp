// termios_state.hpp - the termios flags the runtime does not model are kept
// here so that tcgetattr returns what tcsetattr stored.
#pragma once
#include <termios.h>

extern "C" {
// The stored settings; initialised to a typical cooked terminal.
struct termios* __wasix_termios_state(void);
}

namespace wasix_libc {
// Whether s is one of the B* speed constants (as glibc and musl decide:
// no bit outside CBAUD).
inline bool valid_speed(speed_t s) noexcept { return (s & ~static_cast<speed_t>(CBAUD)) == 0; }
}  // namespace wasix_libc
