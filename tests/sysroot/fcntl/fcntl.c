/* fcntl(): descriptor flags (F_GETFD/F_SETFD), status flags
 * (F_GETFL/F_SETFL), duplication (F_DUPFD/F_DUPFD_CLOEXEC), bad commands and
 * bad descriptors. */
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int p[2];
    char buf[32];

    /* bad descriptors */
    CALL("getfd.minus1", fcntl(-1, F_GETFD));
    CALL("getfd.large", fcntl(12345, F_GETFD));
    CALL("setfd.large", fcntl(12345, F_SETFD, FD_CLOEXEC));
    CALL("getfl.large", fcntl(12345, F_GETFL));
    CALL("setfl.large", fcntl(12345, F_SETFL, O_NONBLOCK));
    CALL("dupfd.large", fcntl(12345, F_DUPFD, 0));

    CHECK(pipe(p) == 0);
    /* bad commands */
    CALL("cmd.9999", fcntl(p[0], 9999));
    CALL("cmd.minus1", fcntl(p[0], -1));
    CALL("cmd.9999.bad_fd", fcntl(12345, 9999));

    /* F_GETFD / F_SETFD */
    CALL("getfd.new", fcntl(p[0], F_GETFD));
    CALL("setfd.cloexec", fcntl(p[0], F_SETFD, FD_CLOEXEC));
    CALL("getfd.cloexec", fcntl(p[0], F_GETFD));
    CALL("getfd.other_end", fcntl(p[1], F_GETFD));
    CALL("setfd.0", fcntl(p[0], F_SETFD, 0));
    CALL("getfd.cleared", fcntl(p[0], F_GETFD));
    /* only FD_CLOEXEC is kept */
    CALL("setfd.all_bits", fcntl(p[0], F_SETFD, 0xff));
    CALL("getfd.all_bits", fcntl(p[0], F_GETFD));
    CHECK(fcntl(p[0], F_SETFD, 0) == 0);

    /* F_GETFL / F_SETFL */
    RECORD("getfl.read_end", "%s", check_fl_name(fcntl(p[0], F_GETFL)));
    RECORD("getfl.write_end", "%s", check_fl_name(fcntl(p[1], F_GETFL)));
    CALL("setfl.nonblock", fcntl(p[0], F_SETFL, O_NONBLOCK));
    RECORD("getfl.nonblock", "%s", check_fl_name(fcntl(p[0], F_GETFL)));
    CALL("read.nonblock.empty", read(p[0], buf, sizeof buf));
    /* the access mode cannot be changed */
    CALL("setfl.rdwr", fcntl(p[0], F_SETFL, O_RDWR | O_NONBLOCK));
    RECORD("getfl.after_rdwr", "%s", check_fl_name(fcntl(p[0], F_GETFL)));
    CALL("setfl.0", fcntl(p[0], F_SETFL, 0));
    RECORD("getfl.cleared", "%s", check_fl_name(fcntl(p[0], F_GETFL)));
    CALL("setfl.append.pipe", fcntl(p[1], F_SETFL, O_APPEND));
    RECORD("getfl.append.pipe", "%s", check_fl_name(fcntl(p[1], F_GETFL)));
    CALL("setfl.0.write_end", fcntl(p[1], F_SETFL, 0));
    /* F_SETFL does not touch FD_CLOEXEC, F_SETFD does not touch O_NONBLOCK */
    CHECK(fcntl(p[0], F_SETFD, FD_CLOEXEC) == 0);
    CALL("setfl.nonblock.keeps_cloexec", fcntl(p[0], F_SETFL, O_NONBLOCK));
    CALL("getfd.after_setfl", fcntl(p[0], F_GETFD));
    CALL("setfd.0.keeps_nonblock", fcntl(p[0], F_SETFD, 0));
    RECORD("getfl.after_setfd", "%s", check_fl_name(fcntl(p[0], F_GETFL)));
    CHECK(fcntl(p[0], F_SETFL, 0) == 0);

    /* F_DUPFD: the lowest free number >= arg, FD_CLOEXEC clear */
    int d = CALL_FD("dupfd.80", fcntl(p[1], F_DUPFD, 80));
    RECORD("dupfd.80.number", "%s", d == 80 ? "80" : d > 80 ? "above" : "below");
    CALL("getfd.dupfd", fcntl(d, F_GETFD));
    int d2 = CALL_FD("dupfd.80.again", fcntl(p[1], F_DUPFD, 80));
    RECORD("dupfd.80.again.number", "%s", d2 == 81 ? "81" : d2 > 81 ? "above" : "other");
    CALL("write.dupfd", write(d2, "dupfd", 5));
    memset(buf, 0, sizeof buf);
    CALL("read.dupfd", read(p[0], buf, sizeof buf));
    RECORD("read.dupfd.data", "%s", buf);
    close(d2);
    /* F_DUPFD_CLOEXEC */
    int d3 = CALL_FD("dupfd_cloexec.80", fcntl(p[1], F_DUPFD_CLOEXEC, 80));
    RECORD("dupfd_cloexec.80.number", "%s", d3 == 81 ? "81" : d3 > 81 ? "above" : "other");
    CALL("getfd.dupfd_cloexec", fcntl(d3, F_GETFD));
    CALL("getfd.dupfd_cloexec.original", fcntl(p[1], F_GETFD));
    close(d3);
    close(d);
    /* arg 0: the lowest free number overall */
    int low = CALL_FD("dupfd.0", fcntl(p[0], F_DUPFD, 0));
    int below_open = 1;
    for (int k = 0; k < low; ++k)
        if (fcntl(k, F_GETFD) == -1) below_open = 0;
    RECORD("dupfd.0.lowest_free", "%s", low >= 0 && below_open ? "yes" : "no");
    close(low);
    /* bad arguments */
    CALL("dupfd.negative", fcntl(p[0], F_DUPFD, -1));
    CALL("dupfd.huge", fcntl(p[0], F_DUPFD, 0x7fffffff));
    CALL("dupfd_cloexec.negative", fcntl(p[0], F_DUPFD_CLOEXEC, -1));
    close(p[0]);
    close(p[1]);
    /* closed descriptors */
    CALL("getfd.closed", fcntl(p[0], F_GETFD));
    CALL("getfl.closed", fcntl(p[1], F_GETFL));
    CALL("dupfd.closed", fcntl(p[0], F_DUPFD, 0));

    /* a regular file's status flags */
    char path[512];
    snprintf(path, sizeof path, "%s/fcntl.txt", check_scratch_dir);
    int f = CALL_FD("open.rdwr_append", open(path, O_CREAT | O_RDWR | O_APPEND | O_TRUNC, 0644));
    RECORD("getfl.file.rdwr_append", "%s", check_fl_name(fcntl(f, F_GETFL)));
    CALL("setfl.file.0", fcntl(f, F_SETFL, 0));
    RECORD("getfl.file.cleared", "%s", check_fl_name(fcntl(f, F_GETFL)));
    CALL("setfl.file.append", fcntl(f, F_SETFL, O_APPEND));
    CALL("write.file.a", write(f, "a", 1));
    CHECK(lseek(f, 0, SEEK_SET) == 0);
    /* O_APPEND: the write goes to the end despite the seek */
    CALL("write.file.b", write(f, "b", 1));
    CALL("lseek.file.end", lseek(f, 0, SEEK_CUR));
    close(f);
    f = CALL_FD("open.rdonly", open(path, O_RDONLY));
    RECORD("getfl.file.rdonly", "%s", check_fl_name(fcntl(f, F_GETFL)));
    memset(buf, 0, sizeof buf);
    CALL("read.file", read(f, buf, sizeof buf));
    RECORD("read.file.data", "%s", buf);
    close(f);
    f = CALL_FD("open.wronly", open(path, O_WRONLY));
    RECORD("getfl.file.wronly", "%s", check_fl_name(fcntl(f, F_GETFL)));
    close(f);
    return check_done();
}
