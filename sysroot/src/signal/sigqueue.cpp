// sigqueue.cpp - sigqueue(): kill; WASIX signals carry no value.
#include <signal.h>

extern "C" int sigqueue(pid_t pid, int sig, union sigval) {
    return kill(pid, sig);
}
