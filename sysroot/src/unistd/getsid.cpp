// getsid.cpp - getsid(): every process leads its own session (see
// getpgid.cpp).
#include <unistd.h>

extern "C" pid_t getsid(pid_t pid) {
    return getpgid(pid);
}
