/* mmap(): anonymous memory, private and shared file mappings (shared ones
 * written back by msync and munmap, also after the descriptor is closed, and
 * never past the end of the file), and Linux's argument checks. */
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static int is_failed(void *p) { return p == MAP_FAILED; }

/* Records "ok" or the errno of a failed mmap; unmaps what it got. */
#define MAP_CALL(name, expr)                                                   \
    do {                                                                       \
        errno = 0;                                                             \
        void *map_ = (expr);                                                   \
        int err_ = errno;                                                      \
        RECORD(name, "%s", map_ == MAP_FAILED ? check_errno_name(err_) : "ok"); \
        if (map_ != MAP_FAILED) munmap(map_, 10);                              \
    } while (0)

static void file_text(const char *path, char *out, size_t n) {
    memset(out, 0, n);
    int fd = open(path, O_RDONLY);
    CHECK(fd >= 0);
    CHECK(read(fd, out, n - 1) >= 0);
    close(fd);
}

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    const long page = sysconf(_SC_PAGESIZE);
    char path[512], text[256];
    snprintf(path, sizeof path, "%s/mapped", dir);
    int fd = CALL_FD("open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CHECK(write(fd, "hello, mapped file; 40 bytes of content.", 40) == 40);
    const int before = check_open_count();

    /* anonymous memory: zeroed, writable */
    unsigned char *a = mmap(NULL, 3 * (size_t)page + 5, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    RECORD("anon.failed", "%d", is_failed(a));
    if (!is_failed(a)) {
        int zero = 1;
        for (long i = 0; i < 3 * page + 5; ++i) zero &= a[i] == 0;
        RECORD("anon.zeroed", "%d", zero);
        RECORD("anon.aligned", "%d", (int)((uintptr_t)a % (uintptr_t)page == 0));
        memset(a, 0x5a, 3 * (size_t)page);
        CALL("anon.munmap", munmap(a, 3 * (size_t)page + 5));
    }
    void *s = mmap(NULL, 100, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    RECORD("anon.shared.failed", "%d", is_failed(s));
    if (!is_failed(s)) CALL("anon.shared.munmap", munmap(s, 100));

    /* a private file mapping: the file's bytes, zero past its end; writes
     * stay in memory */
    char *p = mmap(NULL, 200, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    RECORD("private.failed", "%d", is_failed(p));
    if (!is_failed(p)) {
        RECORD("private.data", "%.40s", p);
        int zero = 1;
        for (int i = 40; i < 200; ++i) zero &= p[i] == 0;
        RECORD("private.zero_past_eof", "%d", zero);
        memcpy(p, "HELLO", 5);
        CALL("private.msync", msync(p, 200, MS_SYNC));
        CALL("private.munmap", munmap(p, 200));
        file_text(path, text, sizeof text);
        RECORD("private.file_after", "%s", text);
    }

    /* a shared file mapping: msync writes back; munmap after close too */
    char *m = mmap(NULL, 100, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    RECORD("shared.failed", "%d", is_failed(m));
    RECORD("shared.new_descriptors", "%d", check_open_count() - before);
    if (!is_failed(m)) {
        memcpy(m, "HELLO", 5);
        CALL("shared.msync", msync(m, 100, MS_SYNC));
        file_text(path, text, sizeof text);
        RECORD("shared.file_after_msync", "%s", text);
        /* bytes past the end of the file are not written */
        m[60] = 'X';
        CALL("shared.msync.async", msync(m, 100, MS_ASYNC));
        struct stat st;
        CHECK(fstat(fd, &st) == 0);
        RECORD("shared.size_after_write_past_eof", "%lld", (long long)st.st_size);
        /* a write() meanwhile is kept: only changed bytes go back */
        CHECK(pwrite(fd, "ZZ", 2, 30) == 2);
        memcpy(m + 7, "MAPPED", 6);
        CALL("close.fd", close(fd));
        CALL("shared.munmap", munmap(m, 100));
        file_text(path, text, sizeof text);
        RECORD("shared.file_after_munmap", "%s", text);
    }
    fd = CALL_FD("reopen", open(path, O_RDWR));

    /* an offset of one page */
    CHECK(ftruncate(fd, page + 10) == 0);
    CHECK(pwrite(fd, "second page", 11, page) == 11);
    char *o = mmap(NULL, 10, PROT_READ, MAP_PRIVATE, fd, page);
    RECORD("offset.failed", "%d", is_failed(o));
    if (!is_failed(o)) {
        RECORD("offset.data", "%.10s", o);
        CALL("offset.munmap", munmap(o, 10));
    }

    /* argument checks */
    MAP_CALL("len0", mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    MAP_CALL("no_type", mmap(NULL, 10, PROT_READ, MAP_ANONYMOUS, -1, 0));
    MAP_CALL("unaligned_offset", mmap(NULL, 10, PROT_READ, MAP_PRIVATE, fd, 1));
    MAP_CALL("bad_fd", mmap(NULL, 10, PROT_READ, MAP_PRIVATE, 12345, 0));
    int pp[2];
    CHECK(pipe(pp) == 0);
    MAP_CALL("pipe", mmap(NULL, 10, PROT_READ, MAP_PRIVATE, pp[0], 0));
    close(pp[0]);
    close(pp[1]);
    int d = open(dir, O_RDONLY | O_DIRECTORY);
    CHECK(d >= 0);
    MAP_CALL("directory", mmap(NULL, 10, PROT_READ, MAP_PRIVATE, d, 0));
    close(d);
    int wo = open(path, O_WRONLY);
    CHECK(wo >= 0);
    MAP_CALL("wronly", mmap(NULL, 10, PROT_WRITE, MAP_SHARED, wo, 0));
    close(wo);
    int ro = open(path, O_RDONLY);
    CHECK(ro >= 0);
    MAP_CALL("rdonly.shared_write", mmap(NULL, 10, PROT_READ | PROT_WRITE, MAP_SHARED, ro, 0));
    MAP_CALL("rdonly.private_write", mmap(NULL, 10, PROT_READ | PROT_WRITE, MAP_PRIVATE, ro, 0));
    void *rs = mmap(NULL, 10, PROT_READ, MAP_SHARED, ro, 0);
    RECORD("rdonly.shared_read", "%d", is_failed(rs));
    if (!is_failed(rs)) {
        CALL("rdonly.mprotect_write", mprotect(rs, 10, PROT_READ | PROT_WRITE));
        munmap(rs, 10);
    }
    close(ro);
    int ap = open(path, O_RDWR | O_APPEND);
    CHECK(ap >= 0);
    MAP_CALL("append.shared_write", mmap(NULL, 10, PROT_READ | PROT_WRITE, MAP_SHARED, ap, 0));
    close(ap);
    close(fd);
    return check_done();
}
