/* connect() and friends on AF_UNIX stream sockets with path and abstract
 * names: a server bound to a path in the scratch directory accepts a
 * client from another thread and from a forked child; names reported by
 * getsockname/getpeername/accept; data both ways; and the errors of bind
 * and connect (missing path, name in use, a file that is no socket, a
 * second bind, a bad family, non-blocking accept with nothing queued). */
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

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

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    signal(SIGPIPE, SIG_IGN);
    char path[200], buf[32];
    snprintf(path, sizeof path, "%s/server.sock", check_scratch_dir);
    name_of(&g_addr, &g_addr_len, path);

    int s = CALL_FD("server.socket", socket(AF_UNIX, SOCK_STREAM, 0));
    struct sockaddr_un got;
    socklen_t got_len = sizeof got;
    CALL("server.getsockname.unbound", getsockname(s, (struct sockaddr *)&got, &got_len));
    record_name("server.getsockname.unbound.name", &got, got_len);
    CALL("server.bind", bind(s, (struct sockaddr *)&g_addr, g_addr_len));
    CALL("server.bind.again", bind(s, (struct sockaddr *)&g_addr, g_addr_len));
    CALL("server.listen", listen(s, 8));
    got_len = sizeof got;
    CALL("server.getsockname", getsockname(s, (struct sockaddr *)&got, &got_len));
    record_name("server.getsockname.name", &got, got_len);
    CALL("server.path_exists", access(path, F_OK));

    /* non-blocking accept with nothing queued */
    int fl = fcntl(s, F_GETFL);
    fcntl(s, F_SETFL, fl | O_NONBLOCK);
    CALL("server.accept.empty", accept(s, NULL, NULL));
    fcntl(s, F_SETFL, fl);

    /* a client thread */
    pthread_t t;
    CHECK(pthread_create(&t, NULL, client_thread, NULL) == 0);
    got_len = sizeof got;
    int a = CALL_FD("thread.accept", accept(s, (struct sockaddr *)&got, &got_len));
    record_name("thread.accept.peer", &got, got_len);
    memset(buf, 0, sizeof buf);
    CALL("thread.read", read(a, buf, 5));
    RECORD("thread.read.data", "%s", buf);
    CALL("thread.write", write(a, "ack", 3));
    got_len = sizeof got;
    CALL("thread.accepted.getsockname", getsockname(a, (struct sockaddr *)&got, &got_len));
    record_name("thread.accepted.getsockname.name", &got, got_len);
    got_len = sizeof got;
    CALL("thread.accepted.getpeername", getpeername(a, (struct sockaddr *)&got, &got_len));
    record_name("thread.accepted.getpeername.name", &got, got_len);
    void *res = (void *)-1;
    CHECK(pthread_join(t, &res) == 0);
    RECORD("thread.client", "%ld", (long)res);
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
    a = CALL_FD("fork.accept", accept(s, NULL, NULL));
    memset(buf, 0, sizeof buf);
    CALL("fork.read", read(a, buf, 5));
    RECORD("fork.read.data", "%s", buf);
    CALL("fork.read.eof", read(a, buf, sizeof buf));
    int st = 0;
    CHECK(waitpid(pid, &st, 0) == pid);
    RECORD("fork.child", "exited=%d code=%d", WIFEXITED(st), WEXITSTATUS(st));
    close(a);

    /* errors */
    int c = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un other;
    socklen_t other_len;
    snprintf(buf, sizeof buf, "/missing.sock");
    char missing[200];
    snprintf(missing, sizeof missing, "%s%s", check_scratch_dir, buf);
    name_of(&other, &other_len, missing);
    CALL("connect.missing", connect(c, (struct sockaddr *)&other, other_len));
    char plain[200];
    snprintf(plain, sizeof plain, "%s/plain.txt", check_scratch_dir);
    int f = open(plain, O_CREAT | O_WRONLY, 0644);
    CHECK(f >= 0 && write(f, "not a socket\n", 13) == 13);
    close(f);
    name_of(&other, &other_len, plain);
    CALL("connect.regular_file", connect(c, (struct sockaddr *)&other, other_len));
    int b = socket(AF_UNIX, SOCK_STREAM, 0);
    CALL("bind.in_use", bind(b, (struct sockaddr *)&g_addr, g_addr_len));
    CALL("bind.existing_file", bind(b, (struct sockaddr *)&other, other_len));
    snprintf(missing, sizeof missing, "%s/no-dir/x.sock", check_scratch_dir);
    name_of(&other, &other_len, missing);
    CALL("bind.missing_dir", bind(b, (struct sockaddr *)&other, other_len));
    struct sockaddr_un wrong = g_addr;
    wrong.sun_family = AF_INET;
    CALL("bind.wrong_family", bind(b, (struct sockaddr *)&wrong, g_addr_len));
    CALL("bind.short", bind(b, (struct sockaddr *)&g_addr, 1));
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
    CALL("abstract.bind", bind(as, (struct sockaddr *)&abs_addr, abs_len));
    CALL("abstract.listen", listen(as, 1));
    got_len = sizeof got;
    CALL("abstract.getsockname", getsockname(as, (struct sockaddr *)&got, &got_len));
    RECORD("abstract.getsockname.matches", "%d",
           got_len == abs_len && memcmp(got.sun_path, abs_addr.sun_path, abs_len - sizeof(sa_family_t)) == 0);
    int ac = socket(AF_UNIX, SOCK_STREAM, 0);
    CALL("abstract.connect", connect(ac, (struct sockaddr *)&abs_addr, abs_len));
    a = CALL_FD("abstract.accept", accept(as, NULL, NULL));
    CALL("abstract.write", write(ac, "x", 1));
    CALL("abstract.read", read(a, buf, 1));
    close(a);
    close(ac);
    close(as);

    close(c);
    close(s);
    /* the name outlives the socket (as on Linux) and refuses connections */
    CALL("closed.path_exists", access(path, F_OK));
    c = socket(AF_UNIX, SOCK_STREAM, 0);
    CALL("closed.connect", connect(c, (struct sockaddr *)&g_addr, g_addr_len));
    close(c);
    CALL("closed.unlink", unlink(path));
    return check_done();
}
