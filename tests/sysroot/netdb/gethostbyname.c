/* gethostbyname()/gethostbyname2()/gethostbyaddr(): "localhost" is
 * 127.0.0.1, one address; an IPv6 lookup of it, if it finds anything,
 * finds ::1; an unknown name is NULL with h_errno set; 127.0.0.1 maps back
 * to "localhost", an address without a name to NULL. */
#include <netdb.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct hostent *h = gethostbyname("localhost");
    RECORD("localhost", "%s", h ? "found" : "NULL");
    if (h) {
        RECORD("localhost.type", "%s len=%d", h->h_addrtype == AF_INET ? "AF_INET" : "other", h->h_length);
        RECORD("localhost.addr", "%s", h->h_addr_list[0] && !memcmp(h->h_addr_list[0], "\x7f\0\0\x01", 4) ? "127.0.0.1" : "other");
        RECORD("localhost.count", "%d", h->h_addr_list[0] ? (h->h_addr_list[1] ? 2 : 1) : 0);
    }
    h = gethostbyname2("localhost", AF_INET6);
    RECORD("localhost.inet6.sane", "%s",
           !h || (h->h_addrtype == AF_INET6 && h->h_length == 16 && h->h_addr_list[0][15] == 1) ? "yes" : "no");
    h = gethostbyname2("localhost", AF_INET);
    RECORD("localhost.inet", "%s", h && h->h_length == 4 ? "found" : "NULL");
    h_errno = 0;
    h = gethostbyname("no-such-host.invalid");
    RECORD("unknown", "%s h_errno=%s", h ? "found" : "NULL", h_errno ? "set" : "0");
    struct in_addr lo = {htonl(INADDR_LOOPBACK)};
    h = gethostbyaddr(&lo, sizeof lo, AF_INET);
    RECORD("byaddr.loopback", "%s", h ? h->h_name : "NULL");
    struct in_addr other = {htonl(0xc0000201)};
    h = gethostbyaddr(&other, sizeof other, AF_INET);
    RECORD("byaddr.unknown", "%s", h ? h->h_name : "NULL");
    return check_done();
}
