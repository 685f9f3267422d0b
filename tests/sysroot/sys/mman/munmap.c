/* munmap() and msync(): argument checks, unmapping a part of a mapping
 * (the rest stays usable and is written back), unmapping twice. */
#include <sys/mman.h>
#include <unistd.h>

#include "check.h"

/* BAD_FAR rounded down to 64 KiB: page-aligned under both page sizes
 * (4 KiB on Linux, 64 KiB under WASIX), outside any mapping. */
#define FAR_PAGE ((void *)((uintptr_t)BAD_FAR & ~(uintptr_t)0xffff))

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    const size_t page = (size_t)sysconf(_SC_PAGESIZE);
    char path[512];
    snprintf(path, sizeof path, "%s/parts", dir);
    int fd = CALL_FD("open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CHECK(ftruncate(fd, (off_t)(3 * page)) == 0);
    char *m = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    CHECK(m != MAP_FAILED);
    if (m == MAP_FAILED) return check_done();
    m[0] = 'a';
    m[page] = 'b';
    m[2 * page] = 'c';
    CALL("munmap.middle", munmap(m + page, page));
    m[1] = 'A';
    m[2 * page + 1] = 'C';
    CALL("msync.first", msync(m, page, MS_SYNC));
    CALL("msync.last", msync(m + 2 * page, page, MS_SYNC));
    char got[4] = {0};
    CHECK(pread(fd, got, 2, 0) == 2);
    RECORD("file.page0", "%.2s", got);
    CHECK(pread(fd, got, 1, (off_t)page) == 1);
    RECORD("file.page1", "%.1s", got);
    CALL("munmap.last", munmap(m + 2 * page, page));
    CHECK(pread(fd, got, 2, (off_t)(2 * page)) == 2);
    RECORD("file.page2", "%.2s", got);
    CALL("munmap.first", munmap(m, page));
    CALL("munmap.again", munmap(m, 3 * page));

    /* argument checks */
    void *a = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(a != MAP_FAILED);
    CALL("munmap.unaligned", munmap((char *)a + 1, 10));
    CALL("munmap.len0", munmap(a, 0));
    CALL("msync.unaligned", msync((char *)a + 1, 10, MS_SYNC));
    CALL("msync.both", msync(a, 10, MS_SYNC | MS_ASYNC));
    CALL("msync.bad_flag", msync(a, 10, 8));
    CALL("msync.invalidate", msync(a, 10, MS_INVALIDATE));
    CALL("msync.anon", msync(a, page, MS_SYNC));
    CALL("msync.far", msync(FAR_PAGE, 10, MS_SYNC));
    CALL("munmap.anon", munmap(a, page));
    close(fd);
    return check_done();
}
