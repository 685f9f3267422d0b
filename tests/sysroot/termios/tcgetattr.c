/* tcgetattr()/tcsetattr() and the cf* functions: the harness connects the
 * test's stdout to a pipe, which is no terminal (ENOTTY, also ttyname);
 * a closed descriptor is EBADF; cfmakeraw clears ICANON and ECHO;
 * cfsetspeed sets both speeds, a bad speed is EINVAL. */
#include <termios.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct termios t;
    int p[2];
    CHECK(pipe(p) == 0);
    CALL("tcgetattr.pipe", tcgetattr(p[0], &t));
    CALL("tcsetattr.pipe", tcsetattr(p[1], TCSANOW, &t));
    CALL("tcgetattr.closed", tcgetattr(12345, &t));
    CALL("tcsetattr.closed", tcsetattr(12345, TCSANOW, &t));
    errno = 0;
    char *tn = ttyname(p[0]);
    RECORD("ttyname.pipe", "%s %s", tn ? "name" : "NULL", check_errno_name(errno));
    char name[64];
    RECORD("ttyname_r.pipe", "%s", check_errno_name(ttyname_r(p[0], name, sizeof name)));
    RECORD("ttyname_r.closed", "%s", check_errno_name(ttyname_r(12345, name, sizeof name)));
    CALL("tcdrain.pipe", tcdrain(p[1]));
    CALL("tcflush.pipe", tcflush(p[0], TCIFLUSH));
    CALL("tcflow.pipe", tcflow(p[1], TCOON));
    CALL("tcsendbreak.pipe", tcsendbreak(p[1], 0));
    CALL("tcgetsid.pipe", tcgetsid(p[0]));
    CALL("tcgetpgrp.pipe", tcgetpgrp(p[0]));
    CALL("tcsetpgrp.pipe", tcsetpgrp(p[0], getpgrp()));
    close(p[0]);
    close(p[1]);

    struct termios raw;
    memset(&raw, 0, sizeof raw);
    raw.c_lflag = ICANON | ECHO | ISIG;
    raw.c_iflag = ICRNL | IXON;
    raw.c_oflag = OPOST;
    cfmakeraw(&raw);
    RECORD("cfmakeraw.lflag_icanon_echo_isig", "%d", (raw.c_lflag & (ICANON | ECHO | ISIG)) != 0);
    RECORD("cfmakeraw.iflag_icrnl_ixon", "%d", (raw.c_iflag & (ICRNL | IXON)) != 0);
    RECORD("cfmakeraw.oflag_opost", "%d", (raw.c_oflag & OPOST) != 0);
    RECORD("cfmakeraw.cs8", "%d", (raw.c_cflag & CSIZE) == CS8);
    RECORD("cfmakeraw.vmin_vtime", "%d %d", raw.c_cc[VMIN], raw.c_cc[VTIME]);
    CALL("cfsetspeed.9600", cfsetspeed(&raw, B9600));
    RECORD("cfgetospeed", "%s", cfgetospeed(&raw) == B9600 ? "B9600" : "other");
    RECORD("cfgetispeed", "%s", cfgetispeed(&raw) == B9600 ? "B9600" : "other");
    CALL("cfsetospeed.38400", cfsetospeed(&raw, B38400));
    RECORD("cfgetospeed.after", "%s", cfgetospeed(&raw) == B38400 ? "B38400" : "other");
    CALL("cfsetispeed.1200", cfsetispeed(&raw, B1200));
    RECORD("cfgetispeed.after", "%s", cfgetispeed(&raw) == B1200 ? "B1200" : "other");
    CALL("cfsetspeed.bad", cfsetspeed(&raw, 12345));
    CALL("cfsetospeed.bad", cfsetospeed(&raw, 12345));
    CALL("cfsetispeed.bad", cfsetispeed(&raw, 12345));
    RECORD("cfgetispeed.after_bad", "%s", cfgetispeed(&raw) == B1200 ? "B1200" : "other");
    CALL("cfsetospeed.b4000000", cfsetospeed(&raw, B4000000));
    RECORD("cfgetospeed.b4000000", "%s", cfgetospeed(&raw) == B4000000 ? "B4000000" : "other");
    return check_done();
}
