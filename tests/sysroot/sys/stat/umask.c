/* umask(): returns the previous mask and keeps only the permission bits. */
#include <sys/stat.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    umask(077);
    RECORD("umask.previous", "%03o", (unsigned)umask(022));
    RECORD("umask.again", "%03o", (unsigned)umask(07777));
    RECORD("umask.masked", "%03o", (unsigned)umask(022));
    return check_done();
}
