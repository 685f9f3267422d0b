/* connect(): to a listener on 127.0.0.1 and ::1 (an echo server in a second
 * thread), data both ways (5 bytes, 100000 bytes, read/write on the socket
 * too), the peer address; a non-blocking connect; a port nobody listens
 * on is ECONNREFUSED; bad addresses, lengths, families and descriptors;
 * and AF_UNIX stream sockets with names (unix_cases). */
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

static void *echo_server(void *p) {
    int c = accept(*(int *)p, NULL, NULL);
    if (c < 0) return NULL;
    char buf[4096];
    for (;;) {
        ssize_t n = recv(c, buf, sizeof buf, 0);
        if (n <= 0) break;
        for (ssize_t off = 0, w; off < n; off += w)
            if ((w = send(c, buf + off, (size_t)(n - off), MSG_NOSIGNAL)) <= 0) break;
    }
    close(c);
    return NULL;
}

/* Sends size bytes and reads them back; "same" when they match. */
static void round_trip(const char *name, int c, size_t size) {
    char *out = malloc(size), *in = malloc(size);
    for (size_t i = 0; i < size; ++i) out[i] = (char)(i * 7 + 3);
    size_t sent = 0;
    while (sent < size) {
        ssize_t w = send(c, out + sent, size - sent, 0);
        if (w <= 0) break;
        sent += (size_t)w;
    }
    size_t got = 0;
    while (got < size) {
        ssize_t r = recv(c, in + got, size - got, 0);
        if (r <= 0) break;
        got += (size_t)r;
    }
    RECORD(name, "sent %zu, got %zu, %s", sent, got, got == size && !memcmp(in, out, size) ? "same" : "different");
    free(out);
    free(in);
}

static void echo(const char *name, int family, int port_index) {
    char key[96];
    int l = check_tcp_listen(family, port_index);
    CHECK(l >= 0);
    pthread_t t;
    CHECK(pthread_create(&t, NULL, echo_server, &l) == 0);
    struct sockaddr_storage to;
    socklen_t len = check_loopback(family, port_index, &to);
    int c = socket(family, SOCK_STREAM, 0);
    snprintf(key, sizeof key, "%s.connect", name);
    CALL(key, connect(c, (struct sockaddr *)&to, len));
    snprintf(key, sizeof key, "%s.connect.again", name);
    CALL(key, connect(c, (struct sockaddr *)&to, len));
    struct sockaddr_storage peer;
    socklen_t plen = sizeof peer;
    snprintf(key, sizeof key, "%s.getpeername", name);
    CALL(key, getpeername(c, (struct sockaddr *)&peer, &plen));
    snprintf(key, sizeof key, "%s.getpeername.same", name);
    RECORD(key, "%s", plen == len && !memcmp(&peer, &to, len) ? "yes" : "no");
    snprintf(key, sizeof key, "%s.echo.5", name);
    round_trip(key, c, 5);
    snprintf(key, sizeof key, "%s.echo.100000", name);
    round_trip(key, c, 100000);
    snprintf(key, sizeof key, "%s.write", name);
    CALL(key, write(c, "abc", 3));
    char b[4] = {0};
    ssize_t n = 0;
    while (n < 3) {
        ssize_t r = read(c, b + n, (size_t)(3 - n));
        if (r <= 0) break;
        n += r;
    }
    snprintf(key, sizeof key, "%s.read", name);
    RECORD(key, "%zd %s", n, b);
    snprintf(key, sizeof key, "%s.shutdown", name);
    CALL(key, shutdown(c, SHUT_WR));
    snprintf(key, sizeof key, "%s.eof", name);
    CALL(key, recv(c, b, 1, 0)); /* the server closes after our EOF */
    close(c);
    pthread_join(t, NULL);
    close(l);
}

static struct sockaddr_un g_addr;
static socklen_t g_addr_len;

static void name_of(struct sockaddr_un *sa, socklen_t *len, const char *path) {
    memset(sa, 0, sizeof *sa);
    sa->sun_family = AF_UNIX;
    snprintf(sa->sun_path, sizeof sa->sun_path, "%s", path);
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + strlen(path) + 1);
}

/* Records a reported name relative to the scratch directory. */
static void record_name(const char *key, const struct sockaddr_un *sa, socklen_t len) {
    size_t base = strlen(check_scratch_dir);
    if (len <= sizeof(sa_family_t))
        RECORD(key, "family=%d unnamed len=%d", sa->sun_family, (int)len);
    else if (sa->sun_path[0] == 0)
        RECORD(key, "family=%d abstract=%.*s", sa->sun_family, (int)(len - sizeof(sa_family_t) - 1), sa->sun_path + 1);
    else
        RECORD(key, "family=%d path=%s len_ok=%d", sa->sun_family,
               strncmp(sa->sun_path, check_scratch_dir, base) == 0 ? sa->sun_path + base : sa->sun_path,
               len == offsetof(struct sockaddr_un, sun_path) + strlen(sa->sun_path) + 1);
}

static void *client_thread(void *arg) {
    (void)arg;
    int c = socket(AF_UNIX, SOCK_STREAM, 0);
    if (c < 0) return (void *)1;
    if (connect(c, (struct sockaddr *)&g_addr, g_addr_len) != 0) return (void *)2;
    if (write(c, "hello", 5) != 5) return (void *)3;
    char buf[8] = {0};
    if (read(c, buf, sizeof buf) != 3 || memcmp(buf, "ack", 3) != 0) return (void *)4;
    close(c);
    return NULL;
}

/* AF_UNIX stream sockets with path and abstract names: a server bound to a
 * path in the scratch directory accepts a client from another thread and
 * from a forked child; names from getsockname/getpeername/accept; the
 * errors of bind and connect. */
static void unix_cases(void) {
    char path[200], buf[32];
    snprintf(path, sizeof path, "%s/server.sock", check_scratch_dir);
    name_of(&g_addr, &g_addr_len, path);

    int s = CALL_FD("unix.server.socket", socket(AF_UNIX, SOCK_STREAM, 0));
    struct sockaddr_un got;
    socklen_t got_len = sizeof got;
    CALL("unix.server.getsockname.unbound", getsockname(s, (struct sockaddr *)&got, &got_len));
    record_name("unix.server.getsockname.unbound.name", &got, got_len);
    CALL("unix.server.bind", bind(s, (struct sockaddr *)&g_addr, g_addr_len));
    CALL("unix.server.bind.again", bind(s, (struct sockaddr *)&g_addr, g_addr_len));
    CALL("unix.server.listen", listen(s, 8));
    got_len = sizeof got;
    CALL("unix.server.getsockname", getsockname(s, (struct sockaddr *)&got, &got_len));
    record_name("unix.server.getsockname.name", &got, got_len);
    CALL("unix.server.path_exists", access(path, F_OK));

    /* non-blocking accept with nothing queued */
    int fl = fcntl(s, F_GETFL);
    fcntl(s, F_SETFL, fl | O_NONBLOCK);
    CALL("unix.server.accept.empty", accept(s, NULL, NULL));
    fcntl(s, F_SETFL, fl);

    /* a client thread */
    pthread_t t;
    CHECK(pthread_create(&t, NULL, client_thread, NULL) == 0);
    got_len = sizeof got;
    int a = CALL_FD("unix.thread.accept", accept(s, (struct sockaddr *)&got, &got_len));
    record_name("unix.thread.accept.peer", &got, got_len);
    memset(buf, 0, sizeof buf);
    CALL("unix.thread.read", read(a, buf, 5));
    RECORD("unix.thread.read.data", "%s", buf);
    CALL("unix.thread.write", write(a, "ack", 3));
    got_len = sizeof got;
    CALL("unix.thread.accepted.getsockname", getsockname(a, (struct sockaddr *)&got, &got_len));
    record_name("unix.thread.accepted.getsockname.name", &got, got_len);
    got_len = sizeof got;
    CALL("unix.thread.accepted.getpeername", getpeername(a, (struct sockaddr *)&got, &got_len));
    record_name("unix.thread.accepted.getpeername.name", &got, got_len);
    void *res = (void *)-1;
    CHECK(pthread_join(t, &res) == 0);
    RECORD("unix.thread.client", "%ld", (long)res);
    close(a);

    /* a client in a forked child, which sees the server's peer name */
    pid_t pid = fork();
    if (pid == 0) {
        int c = socket(AF_UNIX, SOCK_STREAM, 0);
        if (connect(c, (struct sockaddr *)&g_addr, g_addr_len) != 0) _exit(10);
        struct sockaddr_un peer;
        socklen_t peer_len = sizeof peer;
        if (getpeername(c, (struct sockaddr *)&peer, &peer_len) != 0) _exit(11);
        if (strcmp(peer.sun_path, path) != 0) _exit(12);
        if (write(c, "child", 5) != 5) _exit(13);
        _exit(0);
    }
    a = CALL_FD("unix.fork.accept", accept(s, NULL, NULL));
    memset(buf, 0, sizeof buf);
    CALL("unix.fork.read", read(a, buf, 5));
    RECORD("unix.fork.read.data", "%s", buf);
    CALL("unix.fork.read.eof", read(a, buf, sizeof buf));
    int st = 0;
    CHECK(waitpid(pid, &st, 0) == pid);
    RECORD("unix.fork.child", "exited=%d code=%d", WIFEXITED(st), WEXITSTATUS(st));
    close(a);

    /* errors */
    int c = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un other;
    socklen_t other_len;
    snprintf(buf, sizeof buf, "/missing.sock");
    char missing[200];
    snprintf(missing, sizeof missing, "%s%s", check_scratch_dir, buf);
    name_of(&other, &other_len, missing);
    CALL("unix.connect.missing", connect(c, (struct sockaddr *)&other, other_len));
    char plain[200];
    snprintf(plain, sizeof plain, "%s/plain.txt", check_scratch_dir);
    int f = open(plain, O_CREAT | O_WRONLY, 0644);
    CHECK(f >= 0 && write(f, "not a socket\n", 13) == 13);
    close(f);
    name_of(&other, &other_len, plain);
    CALL("unix.connect.regular_file", connect(c, (struct sockaddr *)&other, other_len));
    int b = socket(AF_UNIX, SOCK_STREAM, 0);
    CALL("unix.bind.in_use", bind(b, (struct sockaddr *)&g_addr, g_addr_len));
    CALL("unix.bind.existing_file", bind(b, (struct sockaddr *)&other, other_len));
    snprintf(missing, sizeof missing, "%s/no-dir/x.sock", check_scratch_dir);
    name_of(&other, &other_len, missing);
    CALL("unix.bind.missing_dir", bind(b, (struct sockaddr *)&other, other_len));
    struct sockaddr_un wrong = g_addr;
    wrong.sun_family = AF_INET;
    CALL("unix.bind.wrong_family", bind(b, (struct sockaddr *)&wrong, g_addr_len));
    CALL("unix.bind.short", bind(b, (struct sockaddr *)&g_addr, 1));
    close(b);

    /* an abstract name */
    int as = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un abs_addr;
    memset(&abs_addr, 0, sizeof abs_addr);
    abs_addr.sun_family = AF_UNIX;
    char abs_name[64];
    snprintf(abs_name, sizeof abs_name, "wasix-test-%d", (int)getpid());
    memcpy(abs_addr.sun_path + 1, abs_name, strlen(abs_name));
    socklen_t abs_len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + strlen(abs_name));
    CALL("unix.abstract.bind", bind(as, (struct sockaddr *)&abs_addr, abs_len));
    CALL("unix.abstract.listen", listen(as, 1));
    got_len = sizeof got;
    CALL("unix.abstract.getsockname", getsockname(as, (struct sockaddr *)&got, &got_len));
    RECORD("unix.abstract.getsockname.matches", "%d",
           got_len == abs_len && memcmp(got.sun_path, abs_addr.sun_path, abs_len - sizeof(sa_family_t)) == 0);
    int ac = socket(AF_UNIX, SOCK_STREAM, 0);
    CALL("unix.abstract.connect", connect(ac, (struct sockaddr *)&abs_addr, abs_len));
    a = CALL_FD("unix.abstract.accept", accept(as, NULL, NULL));
    CALL("unix.abstract.write", write(ac, "x", 1));
    CALL("unix.abstract.read", read(a, buf, 1));
    close(a);
    close(ac);
    close(as);

    close(c);
    close(s);
    /* the name outlives the socket (as on Linux) and refuses connections */
    CALL("unix.closed.path_exists", access(path, F_OK));
    c = socket(AF_UNIX, SOCK_STREAM, 0);
    CALL("unix.closed.connect", connect(c, (struct sockaddr *)&g_addr, g_addr_len));
    close(c);
    CALL("unix.closed.unlink", unlink(path));
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    echo("v4", AF_INET, 0);
    echo("v6", AF_INET6, 1);

    /* non-blocking: connect either completes at once or is EINPROGRESS
     * (Linux: EINPROGRESS; WASIX completes at once), then the socket polls
     * writable and SO_ERROR is 0 */
    int l = check_tcp_listen(AF_INET, 3);
    CHECK(l >= 0);
    struct sockaddr_storage to;
    socklen_t len = check_loopback(AF_INET, 3, &to);
    int nb = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int r = connect(nb, (struct sockaddr *)&to, len);
    RECORD("nonblock.connect", "%s", r == 0 || errno == EINPROGRESS ? "ok or EINPROGRESS" : check_errno_name(errno));
    struct pollfd pw = {nb, POLLOUT, 0};
    CALL("nonblock.poll_out", poll(&pw, 1, 5000));
    int err = -1;
    socklen_t elen = sizeof err;
    CALL("nonblock.so_error", getsockopt(nb, SOL_SOCKET, SO_ERROR, &err, &elen));
    RECORD("nonblock.so_error.value", "%s", check_errno_name(err));
    close(nb);
    close(l);

    len = check_loopback(AF_INET, 2, &to);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    CALL("refused", connect(c, (struct sockaddr *)&to, len));
    close(c);

    int s = socket(AF_INET, SOCK_STREAM, 0);
    CALL("null", connect(s, BAD_NULL, len));
    CALL("len_short", connect(s, (struct sockaddr *)&to, len - 1));
    struct sockaddr_storage to6;
    socklen_t len6 = check_loopback(AF_INET6, 2, &to6);
    /* an IPv6 address on an IPv4 socket, whatever its length */
    CALL("inet6_addr.inet_socket", connect(s, (struct sockaddr *)&to6, len6 - 4));
    CALL("bad_fd", connect(-1, (struct sockaddr *)&to, len));
    CALL("not_socket", connect(1, (struct sockaddr *)&to, len));
    close(s);
    signal(SIGPIPE, SIG_IGN);
    unix_cases();
    return check_done();
}
