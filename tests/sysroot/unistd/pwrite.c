/* pwrite(): writes at the given offset without moving the file offset,
 * extends the file (the gap reads back as zeros), fails with ESPIPE on a
 * pipe, EBADF on a closed or read-only descriptor (write() too), EINVAL on
 * a negative offset; and one descriptor serves every thread of the process:
 * main opens
 * a file in the scratch directory (a --dir mount under WASIX), four threads
 * pwrite interleaved blocks into it, fsync it, and pread the blocks another
 * thread wrote; main then reads the whole file back through the same
 * descriptor and records its size and checksum. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

#define THREADS 4
#define BLOCKS 300 /* per thread */
#define BLOCK 512

static int shared_fd;
static pthread_barrier_t written;

struct result {
    int wrote;       /* blocks written whole */
    int write_error; /* errno of the first failed pwrite, 0 if none */
    int fsync_rc, fsync_errno;
    int matched;    /* blocks of the next thread read back as written */
    int read_error; /* errno of the first failed pread, 0 if none */
};
static struct result results[THREADS];

/* Block b of thread t: every byte depends on both, so a block at the wrong
 * offset, a torn block or another file's data all show. */
static void fill(unsigned char *buf, int t, int b) {
    for (int i = 0; i < BLOCK; i++) buf[i] = (unsigned char)(t * 61 + b * 7 + i * 13 + (i >> 8));
}

static off_t offset_of(int t, int b) { return (off_t)(b * THREADS + t) * BLOCK; }

static void *worker(void *arg) {
    int t = (int)(intptr_t)arg;
    struct result *r = &results[t];
    unsigned char buf[BLOCK], got[BLOCK];
    for (int b = 0; b < BLOCKS; b++) {
        fill(buf, t, b);
        ssize_t n = pwrite(shared_fd, buf, BLOCK, offset_of(t, b));
        if (n == BLOCK) r->wrote++;
        else if (!r->write_error) r->write_error = n < 0 ? errno : -1;
    }
    errno = 0;
    r->fsync_rc = fsync(shared_fd);
    r->fsync_errno = errno;
    pthread_barrier_wait(&written);
    int other = (t + 1) % THREADS;
    for (int b = 0; b < BLOCKS; b++) {
        fill(buf, other, b);
        memset(got, 0, sizeof got);
        ssize_t n = pread(shared_fd, got, BLOCK, offset_of(other, b));
        if (n == BLOCK && memcmp(buf, got, BLOCK) == 0) r->matched++;
        else if (n < 0 && !r->read_error) r->read_error = errno;
    }
    return NULL;
}

static void threads_share_descriptor(const char *dir) {
    char path[512], name[64];
    snprintf(path, sizeof path, "%s/pwrite-threads.bin", dir);
    shared_fd = CALL_FD("threads.open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CHECK(pthread_barrier_init(&written, NULL, THREADS) == 0);
    pthread_t th[THREADS];
    for (int t = 0; t < THREADS; t++) CHECK(pthread_create(&th[t], NULL, worker, (void *)(intptr_t)t) == 0);
    for (int t = 0; t < THREADS; t++) CHECK(pthread_join(th[t], NULL) == 0);
    pthread_barrier_destroy(&written);
    for (int t = 0; t < THREADS; t++) {
        struct result *r = &results[t];
        snprintf(name, sizeof name, "thread.%d.pwrite", t);
        RECORD(name, "%d whole blocks, first error %s", r->wrote,
               r->write_error == -1 ? "short" : check_errno_name(r->write_error));
        snprintf(name, sizeof name, "thread.%d.fsync", t);
        RECORD(name, "%d %s", r->fsync_rc, check_errno_name(r->fsync_errno));
        snprintf(name, sizeof name, "thread.%d.pread_other", t);
        RECORD(name, "%d blocks as written, first error %s", r->matched, check_errno_name(r->read_error));
        CHECK(r->wrote == BLOCKS && r->matched == BLOCKS);
    }
    /* The whole file, read sequentially by main: FNV-1a over every byte. */
    CALL("threads.lseek", lseek(shared_fd, 0, SEEK_SET));
    uint32_t h = 2166136261u;
    long long size = 0;
    unsigned char buf[8192];
    ssize_t n;
    while ((n = read(shared_fd, buf, sizeof buf)) > 0) {
        for (ssize_t i = 0; i < n; i++) h = (h ^ buf[i]) * 16777619u;
        size += n;
    }
    RECORD("threads.read_back", "%s, %lld bytes, fnv1a %08x", n < 0 ? check_errno_name(errno) : "eof", size, h);
    CALL("threads.close", close(shared_fd));
}

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512], buf[16];
    snprintf(path, sizeof path, "%s/pwrite.txt", dir);
    int fd = CALL_FD("open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CALL("write", write(fd, "0123456789", 10));
    CALL("lseek.to_2", lseek(fd, 2, SEEK_SET));
    CALL("pwrite.middle", pwrite(fd, "ab", 2, 5));
    CALL("pwrite.offset_unmoved", lseek(fd, 0, SEEK_CUR));
    CALL("pwrite.past_end", pwrite(fd, "Z", 1, 14));
    CALL("pwrite.zero_length", pwrite(fd, "", 0, 100));
    CALL("pwrite.negative_offset", pwrite(fd, "x", 1, -1));
    memset(buf, 0, sizeof buf);
    CALL("pread.all", pread(fd, buf, sizeof buf, 0));
    for (int i = 0; i < 15; i++)
        if (buf[i] == 0) buf[i] = '.';
    RECORD("content", "%.15s", buf);
    CALL("close", close(fd));
    CALL("pwrite.closed", pwrite(fd, "x", 1, 0));

    fd = CALL_FD("open.rdonly", open(path, O_RDONLY));
    CALL("pwrite.rdonly", pwrite(fd, "x", 1, 0));
    CALL("write.rdonly", write(fd, "x", 1));
    close(fd);

    int p[2];
    CHECK(pipe(p) == 0);
    CALL("pwrite.pipe", pwrite(p[1], "x", 1, 0));
    close(p[0]);
    close(p[1]);

    threads_share_descriptor(dir);
    return check_done();
}
