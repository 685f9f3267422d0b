/* write() to a pipe without readers and to a socket whose peer is gone:
 * EPIPE and SIGPIPE (a handler runs once per failed write; ignored, EPIPE
 * alone; the default action ends the process before write returns). writev
 * takes the same path. A socket never connected fails as send() does. */
#include <signal.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static void write_to_closed_pipe(void) {
    int p[2];
    if (pipe(p) != 0) _exit(3);
    close(p[0]);
    (void)write(p[1], "x", 1);
    _exit(5); /* reached only if write returned */
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int p[2];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = check_count_signal;
    CHECK(sigaction(SIGPIPE, &sa, NULL) == 0);

    /* a pipe whose read end is closed */
    CHECK(pipe(p) == 0);
    close(p[0]);
    CALL("pipe.no_reader", write(p[1], "x", 1));
    RECORD("pipe.no_reader.sigpipe", "%d", (int)check_signal_hits[SIGPIPE]);
    struct iovec iov[2] = {{"a", 1}, {"b", 1}};
    CALL("pipe.no_reader.writev", writev(p[1], iov, 2));
    RECORD("pipe.no_reader.writev.sigpipe", "%d", (int)check_signal_hits[SIGPIPE]);

    /* ignored: EPIPE only */
    signal(SIGPIPE, SIG_IGN);
    CALL("pipe.no_reader.ignored", write(p[1], "x", 1));
    RECORD("pipe.no_reader.ignored.sigpipe", "%d", (int)check_signal_hits[SIGPIPE]);
    close(p[1]);
    CHECK(sigaction(SIGPIPE, &sa, NULL) == 0);

    /* the default action ends the writer */
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGPIPE, SIG_DFL);
        write_to_closed_pipe();
    }
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid);
    RECORD("pipe.default.returned", "%s", WIFEXITED(status) && WEXITSTATUS(status) == 5 ? "yes" : "no");

    /* a stream socket whose peer closed: TCP may take a first write; the
     * one that fails is EPIPE with SIGPIPE */
    int l, s, c = check_tcp_setup(&l, &s);
    close(s);
    check_sleep_ms(50);
    int before = check_signal_hits[SIGPIPE];
    long r = 0;
    int err = 0;
    for (int i = 0; i < 100 && r >= 0; i++) {
        r = write(c, "data", 4);
        err = errno;
        if (r >= 0) check_sleep_ms(10);
    }
    RECORD("socket.peer_closed", "%s", r < 0 ? check_errno_name(err) : "never failed");
    RECORD("socket.peer_closed.sigpipe", "%d", (int)check_signal_hits[SIGPIPE] - before);

    /* shut down for writing: EPIPE with SIGPIPE at once */
    int s2, c2 = check_tcp_pair(l, AF_INET, 0, &s2);
    CHECK(c2 >= 0 && shutdown(c2, SHUT_WR) == 0);
    before = check_signal_hits[SIGPIPE];
    CALL("socket.shut_wr", write(c2, "x", 1));
    RECORD("socket.shut_wr.sigpipe", "%d", (int)check_signal_hits[SIGPIPE] - before);
    close(c2);
    close(s2);
    close(c);
    close(l);

    /* never connected: a TCP stream socket is EPIPE with SIGPIPE, an AF_UNIX
     * one ENOTCONN without (as send() on them) */
    int t = socket(AF_INET, SOCK_STREAM, 0);
    before = check_signal_hits[SIGPIPE];
    CALL("socket.tcp_unconnected", write(t, "x", 1));
    RECORD("socket.tcp_unconnected.sigpipe", "%d", (int)check_signal_hits[SIGPIPE] - before);
    close(t);
    int u = socket(AF_UNIX, SOCK_STREAM, 0);
    before = check_signal_hits[SIGPIPE];
    CALL("socket.unix_unconnected", write(u, "x", 1));
    RECORD("socket.unix_unconnected.sigpipe", "%d", (int)check_signal_hits[SIGPIPE] - before);
    CALL("socket.unix_unconnected.writev", writev(u, iov, 2));
    close(u);
    return check_done();
}
