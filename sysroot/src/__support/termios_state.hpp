// termios_state.hpp - the termios flags the runtime does not model are kept
// here so that tcgetattr returns what tcsetattr stored.
#pragma once
#include <termios.h>

extern "C" {
// The stored settings; initialised to a typical cooked terminal.
struct termios* __wasix_termios_state(void);
}
