/* ioctl(): FIONREAD counts the bytes a pipe holds; TIOCGWINSZ on a pipe is
 * ENOTTY; FIONBIO sets and clears O_NONBLOCK; a closed descriptor is EBADF;
 * an unknown request on a pipe is ENOTTY. */
#include <sys/ioctl.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int p[2];
    CHECK(pipe(p) == 0);
    int avail = -1;
    CALL("fionread.empty", ioctl(p[0], FIONREAD, &avail));
    RECORD("fionread.empty.count", "%d", avail);
    CHECK(write(p[1], "abc", 3) == 3);
    CALL("fionread.three", ioctl(p[0], FIONREAD, &avail));
    RECORD("fionread.three.count", "%d", avail);
    struct winsize ws;
    CALL("tiocgwinsz.pipe", ioctl(p[0], TIOCGWINSZ, &ws));
    int on = 1;
    CALL("fionbio.on", ioctl(p[0], FIONBIO, &on));
    RECORD("fionbio.on.getfl", "%s", check_fl_name(fcntl(p[0], F_GETFL)));
    on = 0;
    CALL("fionbio.off", ioctl(p[0], FIONBIO, &on));
    RECORD("fionbio.off.getfl", "%s", check_fl_name(fcntl(p[0], F_GETFL)));
    CALL("ioctl.closed", ioctl(12345, FIONREAD, &avail));
    CALL("ioctl.unknown", ioctl(p[0], 0x7fff, &avail));
    close(p[0]);
    close(p[1]);
    return check_done();
}
