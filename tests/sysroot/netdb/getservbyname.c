/* getservbyname()/getservbyport(): http/tcp is port 80, 443 is https
 * (protocol NULL: any), an unknown service or port is NULL. */
#include <netdb.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct servent *se = getservbyname("http", "tcp");
    RECORD("byname.http", "%s", se ? "found" : "NULL");
    if (se) RECORD("byname.http.entry", "%s port=%d proto=%s", se->s_name, ntohs((uint16_t)se->s_port), se->s_proto);
    se = getservbyname("ssh", NULL);
    RECORD("byname.ssh.any", "%d", se ? ntohs((uint16_t)se->s_port) : -1);
    se = getservbyname("no-such-service", "tcp");
    RECORD("byname.unknown", "%s", se ? "found" : "NULL");
    se = getservbyport(htons(443), NULL);
    RECORD("byport.443", "%s", se ? se->s_name : "NULL");
    se = getservbyport(htons(22), "tcp");
    RECORD("byport.22.tcp", "%s", se ? se->s_name : "NULL");
    se = getservbyport(htons(4), "tcp");
    RECORD("byport.unknown", "%s", se ? se->s_name : "NULL");
    return check_done();
}
