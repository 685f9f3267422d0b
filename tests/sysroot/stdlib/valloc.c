/* valloc() and memalign(): aligned, usable memory. */
#include <malloc.h>
#include <stdint.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    long page = sysconf(_SC_PAGESIZE);
    char *p = valloc(100);
    RECORD("valloc", "%d", p != NULL && (uintptr_t)p % (uintptr_t)page == 0);
    if (p) memset(p, 1, 100);
    free(p);
    char *q = memalign(64, 1000);
    RECORD("memalign.64", "%d", q != NULL && (uintptr_t)q % 64 == 0);
    if (q) memset(q, 2, 1000);
    free(q);
    q = memalign(4096, 10);
    RECORD("memalign.4096", "%d", q != NULL && (uintptr_t)q % 4096 == 0);
    free(q);
    return check_done();
}
