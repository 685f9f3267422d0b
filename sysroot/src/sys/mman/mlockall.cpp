// mlockall.cpp - mlockall(): checks the flags as Linux does; memory is always
// resident.
#include <errno.h>
#include <sys/mman.h>

extern "C" int mlockall(int flags) {
    if (flags == 0 || (flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)) ||
        (flags & (MCL_CURRENT | MCL_FUTURE)) == 0) {
        errno = EINVAL;
        return -1;
    }
    return 0;
}
