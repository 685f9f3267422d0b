/* gethostname(): a name with its terminator, ENAMETOOLONG for a buffer
 * too small (glibc). */
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    char buf[256];
    memset(buf, 'x', sizeof buf);
    CALL("gethostname", gethostname(buf, sizeof buf));
    RECORD("gethostname.terminated", "%d", memchr(buf, '\0', sizeof buf) != NULL && buf[0] != '\0');
    CALL("gethostname.len1", gethostname(buf, 1));
    char dom[256];
    CALL("getdomainname", getdomainname(dom, sizeof dom));
    return check_done();
}
