// h_errno, one per thread.
#include <netdb.h>

namespace {
thread_local int t_h_errno;
}

extern "C" int* __h_errno_location(void) { return &t_h_errno; }
