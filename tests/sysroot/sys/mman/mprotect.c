/* mprotect(), madvise(), posix_madvise() and the mlock family: argument
 * checks and their effect where one is visible (MADV_DONTNEED zeroes
 * private anonymous memory). Protection itself is not enforced under WASIX
 * (README, limits), so no test touches a protected page. */
#include <sys/mman.h>
#include <unistd.h>

#include "check.h"

/* BAD_FAR rounded down to 64 KiB: page-aligned under both page sizes
 * (4 KiB on Linux, 64 KiB under WASIX), outside any mapping. */
#define FAR_PAGE ((void *)((uintptr_t)BAD_FAR & ~(uintptr_t)0xffff))

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    const size_t page = (size_t)sysconf(_SC_PAGESIZE);
    char *a = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(a != MAP_FAILED);
    if (a == MAP_FAILED) return check_done();

    CALL("mprotect.read", mprotect(a, page, PROT_READ));
    CALL("mprotect.none", mprotect(a + page, page, PROT_NONE));
    CALL("mprotect.rw", mprotect(a, 2 * page, PROT_READ | PROT_WRITE));
    CALL("mprotect.unaligned", mprotect(a + 1, page, PROT_READ));
    CALL("mprotect.bad_prot", mprotect(a, page, 0x100));
    CALL("mprotect.far", mprotect(FAR_PAGE, 10, PROT_READ));
    CALL("mprotect.len0", mprotect(a, 0, PROT_READ));

    memset(a, 7, 2 * page);
    CALL("madvise.dontneed", madvise(a, page, MADV_DONTNEED));
    RECORD("madvise.dontneed.zeroed", "%d %d", a[0], a[page - 1]);
    RECORD("madvise.dontneed.rest", "%d", a[page]);
    CALL("madvise.normal", madvise(a, 2 * page, MADV_NORMAL));
    CALL("madvise.willneed", madvise(a, 2 * page, MADV_WILLNEED));
    CALL("madvise.random", madvise(a, page, MADV_RANDOM));
    CALL("madvise.sequential", madvise(a, page, MADV_SEQUENTIAL));
    CALL("madvise.bad", madvise(a, page, 999));
    CALL("madvise.unaligned", madvise(a + 1, page, MADV_NORMAL));
    CALL("madvise.far", madvise(FAR_PAGE, 10, MADV_NORMAL));
    RECORD("posix_madvise.normal", "%d", posix_madvise(a, page, POSIX_MADV_NORMAL));
    RECORD("posix_madvise.dontneed", "%d", posix_madvise(a + page, page, POSIX_MADV_DONTNEED));
    RECORD("posix_madvise.dontneed.kept", "%d", a[page]);
    RECORD("posix_madvise.bad", "%s", check_errno_name(posix_madvise(a, page, 99)));
    RECORD("posix_madvise.unaligned", "%s", check_errno_name(posix_madvise(a + 1, page, POSIX_MADV_NORMAL)));

    CALL("mlock", mlock(a, page));
    CALL("munlock", munlock(a, page));
    CALL("mlock.far", mlock(FAR_PAGE, 10));
    CALL("mlockall.0", mlockall(0));
    CALL("mlockall.bad", mlockall(0x100));
    CALL("mlockall.onfault_only", mlockall(MCL_ONFAULT));
    CALL("munlockall", munlockall());
    CALL("munmap", munmap(a, 2 * page));
    return check_done();
}
