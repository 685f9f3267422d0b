// sigignore.cpp - sigignore(): set sig's action to SIG_IGN.
#include <signal.h>
#include <string.h>

extern "C" int sigignore(int sig) {
    struct sigaction act;
    memset(&act, 0, sizeof act);
    act.sa_handler = SIG_IGN;
    return sigaction(sig, &act, nullptr);
}
