// wasix-run-client: hands one run of wasix-run to a run server (run_server.mjs has the
// protocol) and stands in for it: this process's stdin, stdout, stderr, signals and exit
// status are the guest's, as they are for a single run.
//
//   wasix-run-client LAUNCHER DIR [ARGS...]
//
// The launcher (wasix-run.sh) execs it when WASIX_SDK_RUN_SERVER=DIR. When no server in DIR
// is free, or the one claimed refuses the run before starting it, the client execs LAUNCHER
// again with WASIX_RUN_COLD=1: a single run, which also starts a server for the runs after it.
// Nothing of the run has happened by then (no input read, no output written).
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

extern char** environ;

namespace {

constexpr int kInternal = 125; // wasix-run's status for a failure of its own

// Signals wasix-run passes to the guest; a self-pipe wakes the loop.
int g_signal_pipe[2] = {-1, -1};
void on_signal(int sig) {
    int saved = errno;
    unsigned char n = static_cast<unsigned char>(sig);
    (void)!write(g_signal_pipe[1], &n, 1);
    errno = saved;
}

bool write_all(int fd, const void* data, size_t n) {
    auto* p = static_cast<const char*>(data);
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR) continue;
        if (k < 0 && errno == EAGAIN) { // a descriptor left non-blocking by whoever shares it
            pollfd out{fd, POLLOUT, 0};
            poll(&out, 1, -1);
            continue;
        }
        if (k <= 0) return false;
        p += k;
        n -= static_cast<size_t>(k);
    }
    return true;
}

bool send_frame(int sock, char type, const void* data, size_t n) {
    unsigned char head[5] = {static_cast<unsigned char>(type), static_cast<unsigned char>(n),
                             static_cast<unsigned char>(n >> 8), static_cast<unsigned char>(n >> 16),
                             static_cast<unsigned char>(n >> 24)};
    return write_all(sock, head, sizeof head) && (n == 0 || write_all(sock, data, n));
}

void json_string(std::string& out, const char* s) {
    out += '"';
    for (; *s; ++s) {
        unsigned char c = static_cast<unsigned char>(*s);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += static_cast<char>(c); // UTF-8 passes through; JSON.parse takes it
        }
    }
    out += '"';
}

bool same_file(int a, int b) {
    struct stat x, y;
    return fstat(a, &x) == 0 && fstat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

// The installation's tag in the servers' socket names (run_server.mjs, installTag): FNV-1a,
// 32 bits in hex, of this program's directory (where wasix-run.mjs is) and that file's
// modification time "SEC.NSEC", one line each. Empty when either cannot be read.
std::string install_tag() {
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return "";
    std::string dir(exe, static_cast<size_t>(n));
    size_t slash = dir.rfind('/');
    if (slash == std::string::npos) return "";
    dir.resize(slash);
    struct stat st;
    if (stat((dir + "/wasix-run.mjs").c_str(), &st) != 0) return "";
    std::string text = dir + "\n" + std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
    uint32_t h = 0x811c9dc5u;
    for (unsigned char c : text) h = (h ^ c) * 0x01000193u;
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(h));
    return hex;
}

// Claims a free server of this installation in dir: renames its ready.TAG.PID.sock (one
// claimant wins) and connects.
// -1 when there is none. A server runs programs as its user: one in a directory that is not
// this user's own, closed to others, is not used (another user's server would see this
// run's input and make its output).
int claim(const std::string& dir) {
    struct stat st;
    if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 077) != 0)
        return -1;
    std::string prefix = "ready." + install_tag() + ".";
    if (prefix.size() != 15) return -1;
    DIR* d = opendir(dir.c_str());
    if (!d) return -1;
    int sock = -1;
    int n = 0;
    while (sock < 0) {
        dirent* e = readdir(d);
        if (!e) break;
        if (std::strncmp(e->d_name, prefix.c_str(), prefix.size()) != 0) continue;
        std::string from = dir + "/" + e->d_name;
        std::string to = dir + "/claimed." + std::to_string(getpid()) + "." + std::to_string(n++) + ".sock";
        if (rename(from.c_str(), to.c_str()) != 0) continue; // another client was first
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        if (to.size() >= sizeof addr.sun_path) {
            unlink(to.c_str());
            continue;
        }
        std::memcpy(addr.sun_path, to.c_str(), to.size() + 1);
        int s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (s >= 0 && connect(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
            sock = s;
        } else if (s >= 0) {
            close(s); // a server that died without removing its socket
        }
        unlink(to.c_str());
    }
    closedir(d);
    return sock;
}

[[noreturn]] void run_cold(const char* launcher, char** argv) {
    setenv("WASIX_RUN_COLD", "1", 1);
    execv(launcher, argv);
    std::fprintf(stderr, "wasix-run: error: cannot run %s: %s\n", launcher, std::strerror(errno));
    std::exit(kInternal);
}

struct Frames {
    std::vector<unsigned char> buf;
    // The next complete frame, if any: type and payload.
    bool next(char& type, std::string& payload) {
        if (buf.size() < 5) return false;
        size_t n = buf[1] | (size_t{buf[2]} << 8) | (size_t{buf[3]} << 16) | (size_t{buf[4]} << 24);
        if (buf.size() < 5 + n) return false;
        type = static_cast<char>(buf[0]);
        payload.assign(reinterpret_cast<const char*>(buf.data()) + 5, n);
        buf.erase(buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(5 + n));
        return true;
    }
};

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: wasix-run-client LAUNCHER DIR [ARGS...]\n");
        return 2;
    }
    const char* launcher = argv[1];
    std::string dir = argv[2];
    // What the launcher is given back: LAUNCHER ARGS... (its own argv).
    std::vector<char*> cold_argv;
    cold_argv.push_back(argv[1]);
    for (int i = 3; i < argc; ++i) cold_argv.push_back(argv[i]);
    cold_argv.push_back(nullptr);

    int sock = claim(dir);
    if (sock < 0) run_cold(launcher, cold_argv.data());

    std::string req = "{\"argv\":[";
    for (int i = 3; i < argc; ++i) {
        if (i > 3) req += ',';
        json_string(req, argv[i]);
    }
    req += "],\"env\":{";
    bool first = true;
    for (char** e = environ; *e; ++e) {
        const char* eq = std::strchr(*e, '=');
        if (!eq) continue;
        if (!first) req += ',';
        first = false;
        json_string(req, std::string(*e, static_cast<size_t>(eq - *e)).c_str());
        req += ':';
        json_string(req, eq + 1);
    }
    req += "},\"cwd\":";
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) run_cold(launcher, cold_argv.data());
    json_string(req, cwd);
    req += ",\"tty\":\"";
    for (int fd = 0; fd < 3; ++fd) req += isatty(fd) ? '1' : '0';
    req += "\",\"merged\":";
    req += same_file(1, 2) ? "true" : "false";
    mode_t mask = umask(0);
    umask(mask);
    req += ",\"umask\":" + std::to_string(mask);
    req += '}';

    // Signals are taken before the run starts: one that comes before is held for it.
    if (pipe2(g_signal_pipe, O_CLOEXEC | O_NONBLOCK) != 0) run_cold(launcher, cold_argv.data());
    struct sigaction sa{};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaction(sig, &sa, nullptr);
    signal(SIGPIPE, SIG_IGN);

    if (!send_frame(sock, 'R', req.data(), req.size())) run_cold(launcher, cold_argv.data());

    Frames frames;
    bool accepted = false;
    bool stdin_wanted = false;
    bool stdout_broken = false;
    std::vector<unsigned char> chunk(1 << 16);
    for (;;) {
        pollfd fds[3] = {{sock, POLLIN, 0}, {g_signal_pipe[0], POLLIN, 0}, {0, POLLIN, 0}};
        nfds_t count = stdin_wanted ? 3 : 2;
        if (poll(fds, count, -1) < 0) {
            if (errno == EINTR) continue;
            std::fprintf(stderr, "wasix-run: error: poll: %s\n", std::strerror(errno));
            return kInternal;
        }
        if (fds[1].revents & POLLIN) {
            unsigned char sig;
            while (read(g_signal_pipe[0], &sig, 1) == 1) {
                std::string n = std::to_string(sig);
                if (accepted) {
                    send_frame(sock, 'S', n.data(), n.size());
                } else {
                    // Not started yet: end as a single run would before starting its guest.
                    return 128 + sig;
                }
            }
        }
        if (count == 3 && (fds[2].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL))) {
            ssize_t k = read(0, chunk.data(), chunk.size());
            if (k < 0 && (errno == EINTR || errno == EAGAIN)) {
                // try again on the next wake-up
            } else {
                stdin_wanted = false;
                if (k > 0) send_frame(sock, 'I', chunk.data(), static_cast<size_t>(k));
                else send_frame(sock, 'E', nullptr, 0);
            }
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            ssize_t k = read(sock, chunk.data(), chunk.size());
            if (k < 0 && errno == EINTR) continue;
            if (k <= 0) {
                if (!accepted) run_cold(launcher, cold_argv.data());
                std::fprintf(stderr, "wasix-run: error: the run server ended before the guest did\n");
                return kInternal;
            }
            frames.buf.insert(frames.buf.end(), chunk.begin(), chunk.begin() + k);
            char type;
            std::string payload;
            while (frames.next(type, payload)) {
                switch (type) {
                case 'A': accepted = true; break;
                case 'N': run_cold(launcher, cold_argv.data());
                case 'W': stdin_wanted = true; break;
                case 'O':
                    if (!stdout_broken && !write_all(1, payload.data(), payload.size())) {
                        stdout_broken = true;
                        send_frame(sock, 'B', nullptr, 0);
                    }
                    break;
                case 'F': write_all(2, payload.data(), payload.size()); break;
                case 'X': return std::atoi(payload.c_str());
                default:
                    std::fprintf(stderr, "wasix-run: error: the run server sent an unknown frame\n");
                    return kInternal;
                }
            }
        }
    }
}
