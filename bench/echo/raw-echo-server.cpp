// raw-echo-server: the floor for bench/echo. A blocking TCP echo server that reaches the runtime
// only through the typed wrappers of <wasix/sockets.hpp> (no libc socket layer: no socket(),
// recv(), epoll, descriptor table or errno mapping in the path), one thread per connection.
// Each message costs what the runtime makes it cost: one sock_recv and one sock_send.
//
//   dist/bin/wasix-clang++ -O2 bench/echo/raw-echo-server.cpp -o raw-echo-server.wasm
//   dist/bin/wasix-run raw-echo-server.wasm 47182 [seq]    # listens on 127.0.0.1:47182
//
// With "seq", connections are served one after the other on the main thread (no thread at all).
#include <wasix/core.hpp>
#include <wasix/sockets.hpp>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

namespace {

constexpr unsigned kBufSize = 65536;

bool send_all(wasix::fd_t fd, const uint8_t* p, wasix::size_t n) {
    while (n > 0) {
        wasix::ciovec_t iov{p, n};
        wasix::result<wasix::size_t> sent = wasix::sock_send(fd, {&iov, 1}, wasix::siflags_t{});
        if (!sent && sent.error() == wasix::errno_t::timedout) continue;
        if (!sent || *sent == 0) return false;
        p += *sent;
        n -= *sent;
    }
    return true;
}

void* serve(void* arg) {
    wasix::fd_t fd = static_cast<wasix::fd_t>(reinterpret_cast<uintptr_t>(arg));
    static thread_local uint8_t buf[kBufSize];
    for (;;) {
        wasix::iovec_t iov{buf, sizeof buf};
        wasix::result<wasix::sock_recv_results> got = wasix::sock_recv(fd, {&iov, 1}, wasix::riflags_t{});
        // The runtime ends a blocking receive with ETIMEDOUT after a while (sometimes soon)
        // though no timeout is set (sysroot QUIRKS.md, "blocking sockets give up"): wait again.
        if (!got && got.error() == wasix::errno_t::timedout) continue;
        if (!got || got->ro_datalen == 0) break;
        if (!send_all(fd, buf, got->ro_datalen)) break;
    }
    (void)wasix::fd_close(fd);
    return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
    unsigned port = argc > 1 ? static_cast<unsigned>(atoi(argv[1])) : 7007;
    bool sequential = argc > 2 && argv[2][0] == 's';
    wasix::result<wasix::fd_t> lfd =
        wasix::sock_open(wasix::address_family_t::inet4, wasix::sock_type_t::socket_stream, wasix::sock_proto_t::tcp);
    if (!lfd) { fprintf(stderr, "raw-echo-server: sock_open: errno %u\n", unsigned(lfd.error())); return 1; }
    (void)wasix::sock_set_opt_flag(*lfd, wasix::sock_option_t::reuse_addr, wasix::bool_t::_true);
    wasix::addr_port_t addr{};
    addr.tag = wasix::address_family_t::inet4;
    // The runtime takes the port of an address passed in as a host-order integer.
    addr.u.inet4.port = static_cast<uint16_t>(port);
    const uint8_t loopback[4] = {127, 0, 0, 1};
    for (int i = 0; i < 4; ++i) reinterpret_cast<uint8_t*>(&addr.u.inet4.addr)[i] = loopback[i];
    wasix::result<void> bound = wasix::sock_bind(*lfd, &addr);
    wasix::result<void> listening = bound ? wasix::sock_listen(*lfd, 128) : bound;
    if (!listening) {
        fprintf(stderr, "raw-echo-server: bind/listen: errno %u\n", unsigned(listening.error()));
        return 1;
    }
    printf("raw-echo-server: listening on 127.0.0.1 port %u\n", port);
    fflush(stdout);
    for (;;) {
        wasix::result<wasix::sock_accept_v2_results> conn = wasix::sock_accept_v2(*lfd, wasix::fdflags_t{});
        if (!conn) continue;
        (void)wasix::sock_set_opt_flag(conn->fd, wasix::sock_option_t::no_delay, wasix::bool_t::_true);
        if (sequential) {
            serve(reinterpret_cast<void*>(static_cast<uintptr_t>(conn->fd)));
            continue;
        }
        pthread_t t;
        if (pthread_create(&t, nullptr, serve, reinterpret_cast<void*>(static_cast<uintptr_t>(conn->fd))) != 0) {
            (void)wasix::fd_close(conn->fd);
            continue;
        }
        pthread_detach(t);
    }
}
