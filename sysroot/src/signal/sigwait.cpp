// sigwait.cpp - sigwait(): sigtimedwait without a timeout that returns the
// error instead of setting errno.
#include <errno.h>
#include <signal.h>

extern "C" int sigwait(const sigset_t* set, int* sig) {
    const int s = sigtimedwait(set, nullptr, nullptr);
    if (s < 0) return errno;
    *sig = s;
    return 0;
}
