// freeaddrinfo(3): every entry is one allocation (getaddrinfo.cpp); the first
// may carry a separately allocated canonical name.
#include <netdb.h>
#include <stdlib.h>

extern "C" void freeaddrinfo(struct addrinfo* ai) {
    while (ai) {
        struct addrinfo* next = ai->ai_next;
        free(ai->ai_canonname);
        free(ai);
        ai = next;
    }
}
