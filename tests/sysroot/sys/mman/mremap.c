/* mremap(): growing with MREMAP_MAYMOVE keeps the contents, shrinking stays
 * in place, argument checks. */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <unistd.h>

#include "check.h"

/* Records "ok" or the errno of a failed mremap. */
#define REMAP_CALL(name, expr)                                                  \
    do {                                                                        \
        errno = 0;                                                              \
        void *map_ = (expr);                                                    \
        int err_ = errno;                                                       \
        RECORD(name, "%s", map_ == MAP_FAILED ? check_errno_name(err_) : "ok"); \
    } while (0)

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    const size_t page = (size_t)sysconf(_SC_PAGESIZE);
    char *a = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(a != MAP_FAILED);
    if (a == MAP_FAILED) return check_done();
    memset(a, 'x', 2 * page);
    char *b = mremap(a, 2 * page, 8 * page, MREMAP_MAYMOVE);
    RECORD("grow.failed", "%d", b == MAP_FAILED);
    if (b != MAP_FAILED) {
        int kept = 1, zero = 1;
        for (size_t i = 0; i < 2 * page; ++i) kept &= b[i] == 'x';
        for (size_t i = 2 * page; i < 8 * page; ++i) zero &= b[i] == 0;
        RECORD("grow.kept", "%d", kept);
        RECORD("grow.zero", "%d", zero);
        char *c = mremap(b, 8 * page, page, 0);
        RECORD("shrink.same", "%d", c == b);
        REMAP_CALL("len0", mremap(b, page, 0, MREMAP_MAYMOVE));
        REMAP_CALL("unaligned", mremap(b + 1, page, 2 * page, MREMAP_MAYMOVE));
        REMAP_CALL("bad_flags", mremap(b, page, 2 * page, 0x100));
        REMAP_CALL("fixed_without_maymove", mremap(b, page, 2 * page, MREMAP_FIXED, b));
        CALL("munmap", munmap(b, page));
    }
    return check_done();
}
