// inet_ntoa(3): the result lives in a per-thread buffer.
#include <arpa/inet.h>

extern "C" char* inet_ntoa(struct in_addr a) {
    static thread_local char buf[INET_ADDRSTRLEN];
    return const_cast<char*>(inet_ntop(AF_INET, &a, buf, sizeof buf));
}
