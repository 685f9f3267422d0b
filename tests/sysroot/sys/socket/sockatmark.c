/* sockatmark(): a connected TCP socket with no urgent data is not at the
 * mark (0), before and after ordinary data; a descriptor that is no socket
 * is ENOTTY (it is an ioctl), a closed one EBADF. */
#include <sys/socket.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int l, s, c = check_tcp_setup(&l, &s);
    CALL("sockatmark.empty", sockatmark(s));
    CHECK(send(c, "abc", 3, 0) == 3);
    check_sleep_ms(50);
    CALL("sockatmark.data", sockatmark(s));
    char b[4];
    CHECK(recv(s, b, 3, MSG_WAITALL) == 3);
    CALL("sockatmark.drained", sockatmark(s));
    int p[2];
    CHECK(pipe(p) == 0);
    CALL("sockatmark.pipe", sockatmark(p[0]));
    close(p[0]);
    close(p[1]);
    CALL("sockatmark.closed", sockatmark(12345));
    close(c);
    close(s);
    close(l);
    return check_done();
}
