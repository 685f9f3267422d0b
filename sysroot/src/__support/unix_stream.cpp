// unix_stream.cpp - AF_UNIX stream sockets over loopback TCP (unix_stream.hpp).
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/un.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/mutex_guard.hpp"
#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockinfo.hpp"
#include "__support/timer_warmup.hpp"
#include "__support/unix_stream.hpp"

namespace wasix_libc {
namespace {

constexpr size_t kPathMax = sizeof(((struct sockaddr_un*)nullptr)->sun_path);
constexpr size_t kSecret = 16;
// The first line of a socket file; the port and the secret follow.
constexpr char kMagic[] = "wasix-unix-stream 1";

// The names of one socket. `self_len`/`peer_len` are the sun_path bytes of
// each name (0: unnamed); an abstract name starts with a 0 byte.
struct names {
    int fd;
    unsigned char self[kPathMax], peer[kPathMax];
    size_t self_len, peer_len;
    unsigned char secret[kSecret];  // a bound socket's
};

pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
names* g_names;
size_t g_count, g_cap;


// fd's names (created empty); nullptr when memory ran out. Called with the lock.
names* names_of(int fd) noexcept {
    for (size_t i = 0; i < g_count; ++i)
        if (g_names[i].fd == fd) return &g_names[i];
    if (g_count == g_cap) {
        const size_t cap = g_cap ? g_cap * 2 : 8;
        void* grown = realloc(g_names, cap * sizeof *g_names);
        if (!grown) return nullptr;
        g_names = static_cast<names*>(grown);
        g_cap = cap;
    }
    names* n = &g_names[g_count++];
    memset(n, 0, sizeof *n);
    n->fd = fd;
    return n;
}

// The sun_path bytes of addr, checked as Linux's unix_mkname does.
int path_of(const struct sockaddr* addr, socklen_t len, unsigned char* path, size_t* path_len) {
    if (addr == nullptr) return EFAULT;
    if (len < sizeof(sa_family_t) || len > sizeof(struct sockaddr_un)) return EINVAL;
    if (addr->sa_family != AF_UNIX) return EINVAL;
    size_t n = len - offsetof(struct sockaddr_un, sun_path);
    const char* p = reinterpret_cast<const struct sockaddr_un*>(addr)->sun_path;
    if (n == 0) return EINVAL;  // autobind: not supported
    if (p[0] != '\0') n = strnlen(p, n);
    memcpy(path, p, n);
    *path_len = n;
    return 0;
}

// The file that holds a name: the path itself, or for an abstract name a
// file under /tmp named by the name's bytes in hex.
void file_of(const unsigned char* path, size_t len, char* out, size_t size) {
    if (len > 0 && path[0] != '\0') {
        snprintf(out, size, "%.*s", static_cast<int>(len), reinterpret_cast<const char*>(path));
        return;
    }
    size_t n = static_cast<size_t>(snprintf(out, size, "/tmp/.wasix-unix-abstract-"));
    for (size_t i = 1; i < len && n + 3 < size; ++i) n += static_cast<size_t>(snprintf(out + n, size - n, "%02x", path[i]));
}

constexpr size_t kFileMax = 2 * kPathMax + 32;

// The name in addr and the file that holds it (kFileMax bytes).
int name_and_file(const struct sockaddr* addr, socklen_t len, unsigned char* path, size_t* path_len, char* file) {
    if (int err = path_of(addr, len, path, path_len)) return err;
    file_of(path, *path_len, file, kFileMax);
    return 0;
}

wasix::addr_port_t loopback(uint16_t port) {
    wasix::addr_port_t a;
    memset(&a, 0, sizeof a);
    a.tag = wasix::address_family_t::inet4;
    a.u.inet4.port = port;  // host order going in (QUIRKS.md, "port byte order")
    a.u.inet4.addr.n0 = 127;
    a.u.inet4.addr.h1 = 1;
    return a;
}

// A loopback port nothing listens on: the runtime neither reports the port
// it picks for port 0 nor refuses a port that is taken (QUIRKS.md, "bound
// ports"), so random ports are probed with a connect until one is refused.
int free_port(uint16_t* out) {
    ensure_timers();  // must precede the first socket (timer_warmup.hpp)
    for (int attempt = 0; attempt < 64; ++attempt) {
        uint16_t r;
        if (!wasix::random_get(reinterpret_cast<uint8_t*>(&r), sizeof r)) return EIO;
        const uint16_t port = static_cast<uint16_t>(20000 + r % 40000);
        auto probe = wasix::sock_open(wasix::address_family_t::inet4, wasix::sock_type_t::socket_stream,
                                      wasix::sock_proto_t::tcp);
        if (!probe) return posix_errno(probe.error());
        const wasix::addr_port_t a = loopback(port);
        auto c = wasix::sock_connect(*probe, &a);
        (void)wasix::fd_close(*probe);
        if (!c && c.error() == wasix::errno_t::connrefused) {
            *out = port;
            return 0;
        }
    }
    return EADDRINUSE;
}

bool send_all(int fd, const void* data, size_t n) {
    const unsigned char* p = static_cast<const unsigned char*>(data);
    while (n > 0) {
        wasix::ciovec_t v{p, n};
        auto r = wasix::sock_send(wasix::fd_t{fd}, {&v, 1}, wasix::siflags_t{});
        if (!r || *r == 0) return false;
        p += *r;
        n -= *r;
    }
    return true;
}

// Reads the secret a client sends first, waiting at most a second for it.
bool recv_secret(int fd, unsigned char* out) {
    size_t have = 0;
    while (have < kSecret) {
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 1000) != 1) return false;
        wasix::iovec_t v{out + have, kSecret - have};
        auto r = wasix::sock_recv(wasix::fd_t{fd}, {&v, 1}, wasix::riflags_t::recv_dont_wait);
        if (!r || r->ro_datalen == 0) return false;
        have += r->ro_datalen;
    }
    return true;
}

int write_name(const unsigned char* path, size_t len, struct sockaddr* addr, socklen_t* alen) {
    if (alen == nullptr) return EFAULT;
    if (static_cast<int>(*alen) < 0) return EINVAL;
    struct sockaddr_un full;
    memset(&full, 0, sizeof full);
    full.sun_family = AF_UNIX;
    memcpy(full.sun_path, path, len);
    // A path name is reported with its terminating 0 when it fits.
    socklen_t full_len = static_cast<socklen_t>(offsetof(struct sockaddr_un, sun_path) + len);
    if (len > 0 && path[0] != '\0' && len < kPathMax) ++full_len;
    const socklen_t n = *alen < full_len ? *alen : full_len;
    if (n > 0) {
        if (addr == nullptr) return EFAULT;
        memcpy(addr, &full, n);
    }
    *alen = full_len;
    return 0;
}

}  // namespace

void unix_reset(int fd) noexcept {
    mutex_guard lock(g_lock);
    for (size_t i = 0; i < g_count; ++i)
        if (g_names[i].fd == fd) g_names[i] = g_names[--g_count];
}

int unix_bind(int fd, const struct sockaddr* addr, socklen_t len) noexcept {
    unsigned char path[kPathMax];
    size_t path_len;
    char file[kFileMax];
    if (int err = name_and_file(addr, len, path, &path_len, file)) return fail_posix(err);
    // The name is taken first, so a failed bind leaves the socket unbound.
    // Linux: a name that exists is EADDRINUSE (even for a socket that is
    // bound already), a missing directory ENOENT, then a bound socket EINVAL.
    const int f = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (f < 0) return fail_posix(errno == EEXIST ? EADDRINUSE : errno);
    int err = 0;
    {
        mutex_guard lock(g_lock);
        names* n = names_of(fd);
        err = !n ? ENOMEM : n->self_len ? EINVAL : 0;
    }
    uint16_t port = 0;
    unsigned char secret[kSecret];
    if (!err) err = free_port(&port);
    if (!err && !wasix::random_get(secret, sizeof secret)) err = EIO;
    if (!err) {
        const wasix::addr_port_t a = loopback(port);
        if (auto r = wasix::sock_bind(wasix::fd_t{fd}, &a); !r) err = posix_errno(r.error());
    }
    if (!err) {
        char text[64];
        int n = snprintf(text, sizeof text, "%s\n%u\n", kMagic, static_cast<unsigned>(port));
        for (size_t i = 0; i < kSecret; ++i)
            n += snprintf(text + n, sizeof text - static_cast<size_t>(n), "%02x", secret[i]);
        text[n++] = '\n';
        if (write(f, text, static_cast<size_t>(n)) != n) err = EIO;
    }
    close(f);
    if (err) {
        unlink(file);
        return fail_posix(err);
    }
    mutex_guard lock(g_lock);
    names* nm = names_of(fd);
    if (!nm) return fail_posix(ENOMEM);
    memcpy(nm->self, path, path_len);
    nm->self_len = path_len;
    memcpy(nm->secret, secret, kSecret);
    return 0;
}

int unix_connect(int fd, const struct sockaddr* addr, socklen_t len) noexcept {
    unsigned char path[kPathMax];
    size_t path_len;
    char file[kFileMax];
    if (int err = name_and_file(addr, len, path, &path_len, file)) return fail_posix(err);
    const int f = open(file, O_RDONLY | O_CLOEXEC);
    if (f < 0) return fail_posix(errno);
    char text[128] = {};
    const ssize_t got = read(f, text, sizeof text - 1);
    close(f);
    // Anything but a socket file: Linux refuses the connection.
    unsigned port = 0;
    char hex[2 * kSecret + 1] = {};
    const size_t magic_len = sizeof kMagic - 1;
    if (got <= 0 || strncmp(text, kMagic, magic_len) != 0 || text[magic_len] != '\n' ||
        sscanf(text + magic_len + 1, "%u\n%32s", &port, hex) != 2 || port == 0 || port > 65535 ||
        strlen(hex) != 2 * kSecret)
        return fail_posix(ECONNREFUSED);
    unsigned char secret[kSecret];
    for (size_t i = 0; i < kSecret; ++i) {
        unsigned byte;
        if (sscanf(hex + 2 * i, "%2x", &byte) != 1) return fail_posix(ECONNREFUSED);
        secret[i] = static_cast<unsigned char>(byte);
    }
    const wasix::addr_port_t a = loopback(static_cast<uint16_t>(port));
    if (auto r = wasix::sock_connect(wasix::fd_t{fd}, &a); !r) {
        if (r.error() == wasix::errno_t::connrefused) return fail_posix(ECONNREFUSED);
        return sock_fail(fd, r.error());
    }
    if (!send_all(fd, secret, kSecret)) return fail_posix(ECONNREFUSED);
    mutex_guard lock(g_lock);
    names* n = names_of(fd);
    if (!n) return fail_posix(ENOMEM);
    memcpy(n->peer, path, path_len);
    n->peer_len = path_len;
    return 0;
}

bool unix_admit(int listener, int newfd) noexcept {
    unsigned char want[kSecret], got[kSecret];
    unsigned char self[kPathMax];
    size_t self_len;
    {
        mutex_guard lock(g_lock);
        names* l = names_of(listener);
        if (!l) return false;
        memcpy(want, l->secret, kSecret);
        memcpy(self, l->self, l->self_len);
        self_len = l->self_len;
    }
    if (!recv_secret(newfd, got) || memcmp(want, got, kSecret) != 0) return false;
    mutex_guard lock(g_lock);
    names* n = names_of(newfd);
    if (!n) return false;
    memset(n, 0, sizeof *n);
    n->fd = newfd;
    // Linux: an accepted socket is named like its listener; its peer (a
    // client that did not bind) is unnamed.
    memcpy(n->self, self, self_len);
    n->self_len = self_len;
    return true;
}

int unix_pair(wasix::fd_t* a, wasix::fd_t* b) noexcept {
    ensure_timers();  // must precede the first socket (timer_warmup.hpp)
    using wasix::address_family_t;
    const auto open_tcp = [] {
        return wasix::sock_open(address_family_t::inet4, wasix::sock_type_t::socket_stream, wasix::sock_proto_t::tcp);
    };
    auto listener = open_tcp();
    if (!listener) return posix_errno(listener.error());
    auto client = open_tcp();
    if (!client) {
        (void)wasix::fd_close(*listener);
        return posix_errno(client.error());
    }
    uint16_t port = 0;
    unsigned char secret[kSecret];
    int err = free_port(&port);
    if (!err && !wasix::random_get(secret, sizeof secret)) err = EIO;
    const wasix::addr_port_t addr = loopback(port);
    if (!err) {
        if (auto r = wasix::sock_bind(*listener, &addr); !r) err = posix_errno(r.error());
    }
    if (!err) {
        if (auto r = wasix::sock_listen(*listener, 1); !r) err = posix_errno(r.error());
    }
    if (!err) {
        if (auto r = wasix::sock_connect(*client, &addr); !r) err = posix_errno(r.error());
    }
    if (!err && !send_all(static_cast<int>(*client), secret, kSecret)) err = ECONNREFUSED;
    // Another process may connect to the port first: only the connection
    // that presents the secret is ours.
    wasix::fd_t server{-1};
    for (int attempt = 0; !err && attempt < 8; ++attempt) {
        auto r = wasix::sock_accept_v2(*listener, wasix::fdflags_t{});
        if (!r) {
            err = posix_errno(r.error());
            break;
        }
        unsigned char got[kSecret];
        if (recv_secret(static_cast<int>(r->fd), got) && memcmp(got, secret, kSecret) == 0) {
            server = r->fd;
            break;
        }
        (void)wasix::fd_close(r->fd);
    }
    (void)wasix::fd_close(*listener);
    if (!err && static_cast<int>(server) < 0) err = ECONNREFUSED;
    if (err) {
        (void)wasix::fd_close(*client);
        return err;
    }
    *a = *client;
    *b = server;
    return 0;
}

int unix_name(int fd, bool peer, struct sockaddr* addr, socklen_t* len) noexcept {
    unsigned char path[kPathMax];
    size_t path_len = 0;
    {
        mutex_guard lock(g_lock);
        names* n = names_of(fd);
        if (n) {
            path_len = peer ? n->peer_len : n->self_len;
            memcpy(path, peer ? n->peer : n->self, path_len);
        }
    }
    if (int err = write_name(path, path_len, addr, len)) return fail_posix(err);
    return 0;
}

}  // namespace wasix_libc
