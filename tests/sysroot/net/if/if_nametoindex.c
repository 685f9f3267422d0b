/* if_nametoindex()/if_indextoname()/if_nameindex(): the loopback "lo" is
 * index 1 and comes first in the list, which ends with index 0 and a null
 * name; an unknown name is 0, an unknown index NULL (ENXIO). Other
 * interfaces differ between hosts and are not compared. */
#include <net/if.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    RECORD("nametoindex.lo", "%u", if_nametoindex("lo"));
    CALL("nametoindex.unknown", (long)if_nametoindex("eth9x"));
    char name[IF_NAMESIZE] = "";
    RECORD("indextoname.1", "%s", if_indextoname(1, name) ? name : "NULL");
    errno = 0;
    char *r = if_indextoname(9999, name);
    RECORD("indextoname.unknown", "%s %s", r ? "name" : "NULL", check_errno_name(errno));
    struct if_nameindex *ifs = if_nameindex();
    RECORD("nameindex", "%s", ifs ? "list" : "NULL");
    if (ifs) {
        RECORD("nameindex.first", "%u %s", ifs[0].if_index, ifs[0].if_name ? ifs[0].if_name : "(null)");
        int n = 0;
        while (ifs[n].if_index != 0 && n < 1000) ++n;
        RECORD("nameindex.terminated", "%s", n < 1000 && ifs[n].if_name == NULL ? "yes" : "no");
        if_freenameindex(ifs);
    }
    return check_done();
}
