// termios_state.cpp - see termios_state.hpp.
#include <string.h>

#include "__support/termios_state.hpp"

extern "C" struct termios* __wasix_termios_state(void) {
    static struct termios state;
    static int initialised;
    if (!initialised) {
        memset(&state, 0, sizeof state);
        state.c_iflag = ICRNL | IXON | IUTF8;
        state.c_oflag = OPOST | ONLCR;
        state.c_cflag = CS8 | CREAD | B38400;
        state.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | IEXTEN;
        state.c_cc[VINTR] = 3;
        state.c_cc[VQUIT] = 28;
        state.c_cc[VERASE] = 127;
        state.c_cc[VKILL] = 21;
        state.c_cc[VEOF] = 4;
        state.c_cc[VMIN] = 1;
        state.c_cc[VSTART] = 17;
        state.c_cc[VSTOP] = 19;
        state.c_cc[VSUSP] = 26;
        state.__c_ispeed = state.__c_ospeed = B38400;
        initialised = 1;
    }
    return &state;
}
