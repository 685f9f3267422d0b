// sigwaitinfo.cpp - sigwaitinfo(): sigtimedwait without a timeout.
#include <signal.h>

extern "C" int sigwaitinfo(const sigset_t* set, siginfo_t* info) {
    return sigtimedwait(set, info, nullptr);
}
