// signal.cpp - signal(): sigaction with SA_RESTART (BSD semantics).
#include <errno.h>
#include <signal.h>
#include <string.h>

extern "C" void (*signal(int sig, void (*handler)(int)))(int) {
    struct sigaction act, old;
    memset(&act, 0, sizeof act);
    act.sa_handler = handler;
    act.sa_flags = SA_RESTART;
    if (sigaction(sig, &act, &old) != 0) return SIG_ERR;
    return old.sa_handler;
}
