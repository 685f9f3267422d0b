// strsignal.cpp - strsignal and psignal.
#include <signal.h>
#include <stdio.h>
#include <string.h>

namespace {
const char* const names[32] = {
    "Unknown signal", "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap",
    "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
    "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated",
    "Stack fault", "Child process status", "Continued", "Stopped (signal)", "Stopped",
    "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
    "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed",
    "I/O possible", "Power failure", "Bad system call",
};
}

extern "C" char* strsignal(int sig) {
    return const_cast<char*>(names[sig > 0 && sig < 32 ? sig : 0]);
}

extern "C" void psignal(int sig, const char* msg) {
    if (msg && *msg)
        fprintf(stderr, "%s: %s\n", msg, strsignal(sig));
    else
        fprintf(stderr, "%s\n", strsignal(sig));
}

extern "C" void psiginfo(const siginfo_t* info, const char* msg) {
    psignal(info->si_signo, msg);
}
