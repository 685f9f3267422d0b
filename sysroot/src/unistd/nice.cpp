// nice.cpp - nice(): adds to the process's nice value through
// setpriority (sys/resource/setpriority.cpp), which refuses to lower it
// (EACCES there; nice reports EPERM, as glibc does); returns the new value.
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

extern "C" int nice(int inc) {
    errno = 0;
    const int cur = getpriority(PRIO_PROCESS, 0);
    if (cur == -1 && errno) return -1;
    long want = static_cast<long>(cur) + inc;
    if (want < -20) want = -20;
    if (want > 19) want = 19;
    if (setpriority(PRIO_PROCESS, 0, static_cast<int>(want)) != 0) {
        if (errno == EACCES) errno = EPERM;
        return -1;
    }
    return static_cast<int>(want);
}
