/* dup(): a second descriptor for the same open file description: shared
 * data, offset and status flags, but its own FD_CLOEXEC. */
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int p[2];
    char buf[32];

    CALL("dup.minus1", dup(-1));
    CALL("dup.large", dup(12345));

    CHECK(pipe(p) == 0);
    int before = check_open_count();
    int d = CALL_FD("dup.write_end", dup(p[1]));
    RECORD("dup.write_end.new_descriptors", "%d", check_open_count() - before);
    RECORD("dup.write_end.distinct", "%s", d != p[1] ? "yes" : "no");
    CALL("write.via_dup", write(d, "via dup", 7));
    memset(buf, 0, sizeof buf);
    CALL("read.original", read(p[0], buf, sizeof buf));
    RECORD("read.original.data", "%s", buf);
    RECORD("dup.write_end.getfl", "%s", check_fl_name(fcntl(d, F_GETFL)));

    /* FD_CLOEXEC belongs to the descriptor: not copied */
    CALL("setfd.cloexec", fcntl(p[0], F_SETFD, FD_CLOEXEC));
    int r = CALL_FD("dup.read_end", dup(p[0]));
    CALL("dup.read_end.getfd", fcntl(r, F_GETFD));
    CALL("original.getfd", fcntl(p[0], F_GETFD));

    /* status flags belong to the open file description: shared */
    CALL("setfl.nonblock.dup", fcntl(r, F_SETFL, O_NONBLOCK));
    int fl = fcntl(p[0], F_GETFL);
    RECORD("original.getfl", "%s", check_fl_name(fl));
    if (fl & O_NONBLOCK)
        CALL("read.original.empty", read(p[0], buf, sizeof buf));
    else
        RECORD("read.original.empty", "not tried: it would block");
    CALL("setfl.clear.original", fcntl(p[0], F_SETFL, 0));
    RECORD("dup.read_end.getfl", "%s", check_fl_name(fcntl(r, F_GETFL)));

    /* the lowest free number */
    CALL("close.dup.write_end", close(d));
    int d2 = CALL_FD("dup.again", dup(p[1]));
    RECORD("dup.again.lowest", "%s", d2 == d ? "yes" : "no");
    close(d2);
    close(r);
    close(p[0]);
    close(p[1]);
    CALL("dup.closed", dup(p[0]));

    /* the file offset is shared */
    char path[512];
    snprintf(path, sizeof path, "%s/dup.txt", check_scratch_dir);
    int f = CALL_FD("open.file", open(path, O_CREAT | O_RDWR | O_TRUNC, 0644));
    CALL("write.file", write(f, "abcdef", 6));
    int g = CALL_FD("dup.file", dup(f));
    CALL("lseek.dup", lseek(g, 1, SEEK_SET));
    memset(buf, 0, sizeof buf);
    CALL("read.file.original", read(f, buf, 2));
    RECORD("read.file.original.data", "%s", buf);
    CALL("lseek.dup.cur", lseek(g, 0, SEEK_CUR));
    memset(buf, 0, sizeof buf);
    CALL("read.file.dup", read(g, buf, sizeof buf));
    RECORD("read.file.dup.data", "%s", buf);
    CALL("close.file", close(f));
    /* the copy outlives the original */
    CALL("lseek.dup.after_close", lseek(g, 0, SEEK_SET));
    memset(buf, 0, sizeof buf);
    CALL("read.dup.after_close", read(g, buf, sizeof buf));
    RECORD("read.dup.after_close.data", "%s", buf);
    CALL("close.dup.file", close(g));
    return check_done();
}
