/* pread(): reads at the given offset without moving the file offset, returns
 * a short count at the end of the file and 0 past it, fails with ESPIPE on a
 * pipe, EBADF on a closed or write-only descriptor, EINVAL on a negative
 * offset; and offsets beyond 4 GiB: a sparse file in the scratch directory
 * (a --dir mount under WASIX) gets bytes written at 5 GiB, which pread and
 * lseek+read must find there (not at 5 GiB modulo 2^32). */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static void record_bytes(const char *name, const char *buf, size_t n) {
    char text[64];
    size_t i;
    for (i = 0; i < n && i < sizeof text - 1; i++) text[i] = buf[i] ? buf[i] : '.';
    text[i] = 0;
    RECORD(name, "%s", text);
}

static void beyond_4g(const char *dir) {
    char path[512], buf[16];
    const off_t at = (off_t)5 << 30;
    snprintf(path, sizeof path, "%s/pread-5g.bin", dir);
    int fd = CALL_FD("big.open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    /* Bytes that differ from what lies 4 GiB lower (1 GiB: "low bytes"). */
    CALL("big.pwrite_low", pwrite(fd, "low bytes", 9, at - ((off_t)4 << 30)));
    CALL("big.pwrite_5g", pwrite(fd, "at 5 GiB!", 9, at));
    struct stat st;
    CALL("big.fstat", fstat(fd, &st));
    RECORD("big.size", "%lld", (long long)st.st_size);
    memset(buf, 0, sizeof buf);
    CALL("big.pread_5g", pread(fd, buf, 9, at));
    record_bytes("big.pread_5g.data", buf, 9);
    /* Not CALL: it records a long, 32 bits on wasm32. */
    RECORD("big.lseek_5g", "%lld", (long long)lseek(fd, at, SEEK_SET));
    memset(buf, 0, sizeof buf);
    CALL("big.read_5g", read(fd, buf, 9));
    record_bytes("big.read_5g.data", buf, 9);
    memset(buf, 0, sizeof buf);
    CALL("big.pread_low", pread(fd, buf, 9, at - ((off_t)4 << 30)));
    record_bytes("big.pread_low.data", buf, 9);
    CALL("big.close", close(fd));
    CALL("big.unlink", unlink(path));
}

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512], buf[16];
    snprintf(path, sizeof path, "%s/pread.txt", dir);
    int fd = CALL_FD("open", open(path, O_RDWR | O_CREAT | O_TRUNC, 0644));
    CALL("write", write(fd, "0123456789", 10));
    CALL("lseek.to_3", lseek(fd, 3, SEEK_SET));
    memset(buf, 0, sizeof buf);
    CALL("pread.middle", pread(fd, buf, 4, 5));
    record_bytes("pread.middle.data", buf, 4);
    CALL("pread.offset_unmoved", lseek(fd, 0, SEEK_CUR));
    CALL("pread.short_at_end", pread(fd, buf, 8, 6));
    CALL("pread.past_end", pread(fd, buf, 8, 100));
    CALL("pread.zero_length", pread(fd, buf, 0, 2));
    CALL("pread.negative_offset", pread(fd, buf, 1, -1));
    CALL("close", close(fd));
    CALL("pread.closed", pread(fd, buf, 1, 0));

    fd = CALL_FD("open.wronly", open(path, O_WRONLY));
    CALL("pread.wronly", pread(fd, buf, 1, 0));
    close(fd);

    int p[2];
    CHECK(pipe(p) == 0);
    CHECK(write(p[1], "x", 1) == 1);
    CALL("pread.pipe", pread(p[0], buf, 1, 0));
    close(p[0]);
    close(p[1]);

    beyond_4g(dir);
    return check_done();
}
