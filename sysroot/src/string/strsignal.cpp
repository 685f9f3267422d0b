// strsignal.cpp - strsignal(): the description of a signal, as glibc words
// it ("Unknown signal" for a number that is none).
#include <signal.h>
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
}  // namespace

extern "C" char* strsignal(int sig) {
    return const_cast<char*>(names[sig > 0 && sig < 32 ? sig : 0]);
}
