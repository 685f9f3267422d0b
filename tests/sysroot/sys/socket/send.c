/* send(): data arrives; MSG_OOB is refused (EOPNOTSUPP) by WASIX, but
 * TCP's urgent data is sent by Linux; after shutdown(SHUT_WR) sending is
 * EPIPE (MSG_NOSIGNAL: no SIGPIPE, else SIGPIPE); an unconnected socket
 * (EPIPE and SIGPIPE too), bad and non-socket descriptors. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

static volatile sig_atomic_t sigpipes;
static void on_sigpipe(int sig) {
    (void)sig;
    sigpipes++;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int s0 = socket(AF_INET, SOCK_STREAM, 0);
    CALL("send.unconnected", send(s0, "x", 1, MSG_NOSIGNAL));
    CALL("send.oob.unconnected", send(s0, "x", 1, MSG_OOB | MSG_NOSIGNAL));
    RECORD("send.nosignal.sigpipes", "%d", (int)sigpipes);
    CHECK(signal(SIGPIPE, on_sigpipe) != SIG_ERR);
    CALL("send.unconnected.signal", send(s0, "x", 1, 0));
    RECORD("send.unconnected.signal.sigpipes", "%d", (int)sigpipes);
    close(s0);
    CALL("send.bad_fd", send(999, "x", 1, 0));
    CALL("send.not_socket", send(1, "x", 1, 0));

    int l, s, c = check_tcp_setup(&l, &s);
    char b[16] = {0};
    CALL("send.hello", send(c, "hello", 5, 0));
    CALL("recv.hello", recv(s, b, 5, MSG_WAITALL));
    RECORD("recv.hello.data", "%s", b);
    CALL("send.zero_length", send(c, "", 0, 0));
    CALL("shutdown.wr", shutdown(c, SHUT_WR));
    CALL("send.after_shutdown", send(c, "x", 1, MSG_NOSIGNAL));
    sigpipes = 0;
    CALL("send.after_shutdown.signal", send(c, "x", 1, 0));
    RECORD("send.after_shutdown.signal.sigpipes", "%d", (int)sigpipes);
    CALL("recv.peer_eof", recv(s, b, sizeof b, 0));
    close(c);
    close(s);
    close(l);
    return check_done();
}
