// setsid.cpp - setsid(): the process already leads its group (see
// getpgid.cpp), which POSIX answers with EPERM; programs that daemonize
// ignore the result, so report success with the own pid.
#include <unistd.h>

extern "C" pid_t setsid(void) {
    return getpid();
}
