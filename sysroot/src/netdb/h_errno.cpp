// h_errno, per thread; hstrerror(3) and herror(3).
#include <netdb.h>
#include <stdio.h>

namespace {
thread_local int t_h_errno;
}

extern "C" int* __h_errno_location(void) { return &t_h_errno; }

extern "C" const char* hstrerror(int code) {
    switch (code) {
    case 0: return "Resolver Error 0 (no error)";
    case HOST_NOT_FOUND: return "Unknown host";
    case TRY_AGAIN: return "Host name lookup failure";
    case NO_RECOVERY: return "Unknown server error";
    case NO_DATA: return "No address associated with name";
    default: return "Unknown resolver error";
    }
}

extern "C" void herror(const char* msg) {
    if (msg && *msg) fprintf(stderr, "%s: %s\n", msg, hstrerror(h_errno));
    else fprintf(stderr, "%s\n", hstrerror(h_errno));
}
