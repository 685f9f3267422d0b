#!/usr/bin/env python3
"""net_test.py CASE - one network test of the SDK, run by ctest.

Builds the guest(s) of CASE from tests/net/*.c with the SDK's wasix-clang and
runs them with wasix-run (host networking, 127.0.0.1 and ::1 only, ports
47100-47199). Cases that need a host side (many concurrent clients, a host
server) run it here, with the standard library only.

Environment:
  WASIX_DIST     the assembled SDK (default: <repo>/dist)
  NET_TEST_WORK  scratch directory (default: a temporary one)
  NET_TEST_CC    compiler (default: $WASIX_DIST/bin/wasix-clang)
  NET_TEST_RUN   runner (default: $WASIX_DIST/bin/wasix-run)
"""
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DIST = os.environ.get("WASIX_DIST", os.path.join(REPO, "dist"))
CC = os.environ.get("NET_TEST_CC", os.path.join(DIST, "bin", "wasix-clang"))
RUN = os.environ.get("NET_TEST_RUN", os.path.join(DIST, "bin", "wasix-run"))

# Guests that test themselves: exit 0 and print "<name>: OK".
SELF_CHECKING = ["errno_map", "tcp_echo", "poll_select", "epoll_modes", "netdb", "sockopt", "badinput", "udp",
                 "eventfd", "sigmask_waits"]


def fail(msg):
    print("FAIL: " + msg, flush=True)
    sys.exit(1)


def build(name, work):
    out = os.path.join(work, name + ".wasm")
    cmd = [CC, "-O2", "-I", HERE, os.path.join(HERE, name + ".c"), "-o", out]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        fail("building %s failed:\n%s%s" % (name, r.stdout, r.stderr))
    return out


def run_self_checking(name, work):
    wasm = build(name, work)
    r = subprocess.run([RUN, "--timeout", "120000", wasm], capture_output=True, text=True, timeout=180)
    sys.stdout.write(r.stdout)
    sys.stderr.write(r.stderr)
    if r.returncode != 0:
        fail("%s exited with %d" % (name, r.returncode))
    if (name + ": OK") not in r.stdout:
        fail("%s did not report OK" % name)


def start_guest(wasm, args):
    p = subprocess.Popen([RUN, "--timeout", "120000", wasm] + args, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    return p


def wait_line(p, prefix, seconds=60):
    """Reads the guest's stdout until a line starting with prefix."""
    result = {}

    def reader():
        for line in p.stdout:
            if line.startswith(prefix):
                result["line"] = line
                return
            sys.stdout.write("guest: " + line)

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    t.join(seconds)
    if "line" not in result:
        p.kill()
        fail("guest never printed %r (stderr: %s)" % (prefix, p.stderr.read() if p.poll() is not None else ""))
    return result["line"]


OUR_PORTS = range(47100, 47200)


def client_socket(family):
    """A TCP socket bound to a local port outside 47100-47199. The tests' fixed
    ports lie in Linux's ephemeral range; a host client that happened to get
    one of them would leave it in TIME_WAIT, and the runtime then reports a
    later bind+listen on that port as successful while connections to it are
    refused."""
    host = "127.0.0.1" if family == socket.AF_INET else "::1"
    while True:
        s = socket.socket(family, socket.SOCK_STREAM)
        s.bind((host, 0))
        if s.getsockname()[1] not in OUR_PORTS:
            return s
        s.close()


def connect_retry(addr, family=socket.AF_INET, seconds=20):
    deadline = time.time() + seconds
    while True:
        s = client_socket(family)
        s.settimeout(30)
        try:
            s.connect(addr)
            return s
        except OSError:
            s.close()
            if time.time() > deadline:
                raise
            time.sleep(0.05)


def recv_exact(s, n):
    data = b""
    while len(data) < n:
        chunk = s.recv(n - len(data))
        if not chunk:
            break
        data += chunk
    return data


def free_port(first, last):
    """The first port in [first, last] that nothing on the host holds, TIME_WAIT
    included (a bind without SO_REUSEADDR fails then). The runtime reports a
    successful listen on a port in TIME_WAIT but accepts nothing, so a test run
    right after another must not reuse that one."""
    for port in range(first, last + 1):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            s.bind(("127.0.0.1", port))
            return port
        except OSError:
            continue
        finally:
            s.close()
    fail("no free port in %d-%d" % (first, last))


def case_epoll_clients(work):
    """An epoll guest server handling 100 concurrent host clients."""
    port = free_port(47130, 47149)
    wasm = build("epoll_server", work)
    p = start_guest(wasm, [str(port)])
    wait_line(p, "LISTENING")
    clients = 100
    errors = []
    barrier = threading.Barrier(clients)

    def client(i):
        try:
            rnd = random.Random(i)
            s = connect_retry(("127.0.0.1", port))
            barrier.wait(timeout=60)  # all 100 connections open at once
            for k in range(3):
                size = rnd.choice([1, 64, 1000, 5000])
                msg = bytes((i + k + j) % 251 for j in range(size))
                s.sendall(msg)
                got = recv_exact(s, len(msg))
                if got != msg:
                    errors.append("client %d round %d: echo mismatch (%d of %d bytes)" % (i, k, len(got), len(msg)))
                    break
            s.close()
        except Exception as e:  # noqa: BLE001 - any failure of a client fails the test
            errors.append("client %d: %r" % (i, e))

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    q = connect_retry(("127.0.0.1", port))
    q.sendall(b"QUIT\n")
    recv_exact(q, 5)
    q.close()
    try:
        out, err = p.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        fail("guest server did not exit after QUIT")
    sys.stdout.write(out)
    sys.stderr.write(err)
    if errors:
        fail("%d client error(s): %s" % (len(errors), "; ".join(errors[:5])))
    if p.returncode != 0:
        fail("guest server exited with %d" % p.returncode)
    if "accepted %d" % (clients + 1) not in out:
        fail("guest server did not accept %d connections" % (clients + 1))
    print("epoll_clients: OK (%d concurrent clients)" % clients)


def case_host_server(work):
    """A guest client reaching host servers on 127.0.0.1 and ::1."""
    port4, port6 = 47120, 47121
    wasm = build("tcp_client", work)
    listeners = []
    s4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s4.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s4.bind(("127.0.0.1", port4))
    s4.listen(8)
    listeners.append(s4)
    s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    s6.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s6.bind(("::1", port6))
    s6.listen(8)
    listeners.append(s6)
    errors = []

    def serve(ls):
        try:
            ls.settimeout(60)
            c, _ = ls.accept()
            c.settimeout(60)
            buf = b""
            while True:
                chunk = c.recv(4096)
                if not chunk:
                    break
                buf += chunk
                while b"\n" in buf:
                    line, buf = buf.split(b"\n", 1)
                    c.sendall(line.replace(b"ping", b"pong") + b"\n")
            c.close()
        except Exception as e:  # noqa: BLE001
            errors.append(repr(e))

    threads = [threading.Thread(target=serve, args=(ls,)) for ls in listeners]
    for t in threads:
        t.start()
    r = subprocess.run([RUN, "--timeout", "120000", wasm, str(port4), str(port6)], capture_output=True, text=True,
                       timeout=180)
    sys.stdout.write(r.stdout)
    sys.stderr.write(r.stderr)
    for t in threads:
        t.join(10)
    for ls in listeners:
        ls.close()
    if r.returncode != 0 or "tcp_client: OK" not in r.stdout:
        fail("guest client failed (exit %d)" % r.returncode)
    if errors:
        fail("host server errors: %s" % "; ".join(errors))
    print("host_server: OK")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    case = sys.argv[1]
    for tool in (CC, RUN):
        if not os.path.exists(tool):
            fail("%s not found: build the SDK first (scripts/make-dist.sh) or set WASIX_DIST" % tool)
    work = os.environ.get("NET_TEST_WORK") or tempfile.mkdtemp(prefix="net-test-")
    os.makedirs(work, exist_ok=True)
    if case in SELF_CHECKING:
        run_self_checking(case, work)
    elif case == "epoll_clients":
        case_epoll_clients(work)
    elif case == "host_server":
        case_host_server(work)
    else:
        fail("unknown case " + case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
