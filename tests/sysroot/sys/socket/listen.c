/* listen(): on a bound socket, again on a listening one, on an unbound one
 * (Linux binds it to a port of its own), a zero or negative backlog; bad and
 * non-socket descriptors. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct sockaddr_storage a;
    socklen_t len = check_loopback(AF_INET, 0, &a);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(bind(s, (struct sockaddr *)&a, len) == 0);
    CALL("listen", listen(s, 1));
    CALL("listen.again", listen(s, 5));
    close(s);
    s = socket(AF_INET, SOCK_STREAM, 0);
    len = check_loopback(AF_INET, 1, &a);
    CHECK(bind(s, (struct sockaddr *)&a, len) == 0);
    CALL("listen.backlog0", listen(s, 0));
    close(s);
    s = socket(AF_INET, SOCK_STREAM, 0);
    len = check_loopback(AF_INET, 2, &a);
    CHECK(bind(s, (struct sockaddr *)&a, len) == 0);
    CALL("listen.backlog_negative", listen(s, -1));
    close(s);
    CALL("listen.bad_fd", listen(999, 1));
    CALL("listen.not_socket", listen(1, 1));
    CALL("listen.negative_fd", listen(-1, 1));
    return check_done();
}
