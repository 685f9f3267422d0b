/* getnameinfo(): 127.0.0.1:80 by name (localhost, http) and numerically;
 * an address no name is known for comes back as text, or EAI_NONAME with
 * NI_NAMEREQD; a host buffer too small is EAI_OVERFLOW; an address length
 * too short for its family EAI_FAMILY; ::1 port 22 gives the service ssh. */
#include <netdb.h>

#include "check.h"

static const char *gai_name(int e) {
    switch (e) {
    case 0: return "0";
    case EAI_NONAME: return "EAI_NONAME";
    case EAI_OVERFLOW: return "EAI_OVERFLOW";
    case EAI_FAMILY: return "EAI_FAMILY";
    case EAI_AGAIN: return "EAI_AGAIN";
    case EAI_FAIL: return "EAI_FAIL";
    default: return "EAI_other";
    }
}

static void gni(const char *name, const void *sa, socklen_t len, size_t hostlen, int want_serv, int flags) {
    char host[NI_MAXHOST] = "", serv[NI_MAXSERV] = "", key[96];
    int e = getnameinfo((const struct sockaddr *)sa, len, hostlen ? host : NULL, (socklen_t)hostlen,
                        want_serv ? serv : NULL, want_serv ? sizeof serv : 0, flags);
    RECORD(name, "%s", gai_name(e));
    if (e) return;
    snprintf(key, sizeof key, "%s.names", name);
    RECORD(key, "%s %s", host, serv);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct sockaddr_in in;
    memset(&in, 0, sizeof in);
    in.sin_family = AF_INET;
    in.sin_port = htons(80);
    in.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    gni("v4.names", &in, sizeof in, NI_MAXHOST, 1, 0);
    gni("v4.numeric", &in, sizeof in, NI_MAXHOST, 1, NI_NUMERICHOST | NI_NUMERICSERV);
    gni("v4.short_len", &in, sizeof in - 1, NI_MAXHOST, 1, 0);

    struct sockaddr_in6 in6;
    memset(&in6, 0, sizeof in6);
    in6.sin6_family = AF_INET6;
    in6.sin6_port = htons(47100);
    inet_pton(AF_INET6, "2001:db8::5", &in6.sin6_addr);
    gni("v6.unknown", &in6, sizeof in6, NI_MAXHOST, 1, NI_NUMERICHOST);
    gni("v6.namereqd", &in6, sizeof in6, NI_MAXHOST, 0, NI_NAMEREQD);
    gni("v6.overflow", &in6, sizeof in6, 4, 0, NI_NUMERICHOST);
    gni("v6.short_len", &in6, 8, NI_MAXHOST, 0, 0);
    in6.sin6_port = htons(22);
    inet_pton(AF_INET6, "::1", &in6.sin6_addr);
    gni("v6.loopback.numeric", &in6, sizeof in6, NI_MAXHOST, 1, NI_NUMERICHOST);
    gni("v6.loopback.serv_only", &in6, sizeof in6, 0, 1, 0);
    return check_done();
}
