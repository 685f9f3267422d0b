// psiginfo.cpp - psiginfo(): psignal for the signal of info.
#include <signal.h>

extern "C" void psiginfo(const siginfo_t* info, const char* msg) {
    psignal(info->si_signo, msg);
}
