// herror(3).
#include <netdb.h>
#include <stdio.h>

extern "C" void herror(const char* msg) {
    if (msg && *msg) fprintf(stderr, "%s: %s\n", msg, hstrerror(h_errno));
    else fprintf(stderr, "%s\n", hstrerror(h_errno));
}
