/* recv() flags on a connected AF_UNIX stream pair: MSG_DONTWAIT does not
 * block and leaves the descriptor's own O_NONBLOCK alone (also while another
 * thread blocks on the same descriptor), MSG_PEEK does not consume, and
 * MSG_WAITALL waits for the whole request. */
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

static int pair[2];

/* Blocks in recv() on pair[1] until the main thread sends. */
static void *blocked_reader(void *arg) {
    char *out = arg;
    ssize_t n = recv(pair[1], out, 8, 0);
    if (n > 0) out[n] = 0;
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    signal(SIGPIPE, SIG_IGN);
    char buf[32];

    CALL("pair", socketpair(AF_UNIX, SOCK_STREAM, 0, pair));

    /* nothing queued */
    CALL("dontwait.empty", recv(pair[1], buf, sizeof buf, MSG_DONTWAIT));
    RECORD("dontwait.empty.getfl", "%s", check_fl_name(fcntl(pair[1], F_GETFL)));
    CALL("peek.dontwait.empty", recv(pair[1], buf, sizeof buf, MSG_PEEK | MSG_DONTWAIT));

    /* data queued: peek, then take it */
    CALL("send", send(pair[0], "abcdef", 6, MSG_DONTWAIT));
    memset(buf, 0, sizeof buf);
    CALL("peek", recv(pair[1], buf, 3, MSG_PEEK));
    RECORD("peek.data", "%s", buf);
    memset(buf, 0, sizeof buf);
    CALL("dontwait.data", recv(pair[1], buf, sizeof buf, MSG_DONTWAIT));
    RECORD("dontwait.data.data", "%s", buf);
    CALL("dontwait.drained", recv(pair[1], buf, sizeof buf, MSG_DONTWAIT));

    /* MSG_WAITALL: two sends, one receive of both */
    CALL("waitall.send.a", send(pair[0], "12", 2, 0));
    CALL("waitall.send.b", send(pair[0], "34", 2, 0));
    memset(buf, 0, sizeof buf);
    CALL("waitall", recv(pair[1], buf, 4, MSG_WAITALL));
    RECORD("waitall.data", "%s", buf);

    /* a thread blocked in recv() stays blocked while this thread uses
     * MSG_DONTWAIT on the same descriptor, and gets the data sent later */
    char got[16] = {0};
    pthread_t t;
    CHECK(pthread_create(&t, NULL, blocked_reader, got) == 0);
    check_sleep_ms(200);
    CALL("dontwait.while_blocked", recv(pair[1], buf, sizeof buf, MSG_DONTWAIT));
    CALL("send.to_blocked", send(pair[0], "late", 4, 0));
    CHECK(pthread_join(t, NULL) == 0);
    RECORD("blocked.data", "%s", got);

    /* the peer goes away: MSG_DONTWAIT reads end of file */
    CALL("close.0", close(pair[0]));
    CALL("dontwait.eof", recv(pair[1], buf, sizeof buf, MSG_DONTWAIT));
    CALL("close.1", close(pair[1]));

    /* not a socket, bad descriptor */
    int fds[2];
    CALL("pipe", pipe(fds));
    CALL("notsock", recv(fds[0], buf, sizeof buf, MSG_DONTWAIT));
    close(fds[0]);
    close(fds[1]);
    CALL("badf", recv(-1, buf, sizeof buf, MSG_DONTWAIT));
    return check_done();
}
