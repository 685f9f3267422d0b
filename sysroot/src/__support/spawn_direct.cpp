// spawn_direct.cpp - posix_spawn over the runtime's proc_spawn2
// (spawn_impl.hpp): one runtime call instead of fork + exec (about half the
// runtime calls, no copy of the parent's memory).
//
// proc_spawn2 applies a list of descriptor steps (close, dup2, open, chdir,
// fchdir) to a copy of the caller's descriptors. The file actions map onto
// it with these adjustments (QUIRKS.md, "spawn"):
// - a step that fails still leaves a process behind that nobody can wait
//   for, so everything that can fail is checked here first: an open action
//   is tried in the parent with its own flags (which also creates the file,
//   with its mode, when O_CREAT asks), and the child then opens the file
//   without O_CREAT/O_EXCL; dup2 and fchdir need an open descriptor;
// - the runtime's open step refuses a target number that is open, so a close
//   step comes first;
// - close-on-exec lives in the libc's table, so the steps end with a close
//   of each descriptor the child would still have marked.
// Attributes it cannot express (POSIX_SPAWN_SETPGROUP, POSIX_SPAWN_SETSID)
// and an open of a relative path after a chdir action take the fork path.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/children.hpp"
#include "__support/errno_map.hpp"
#include "__support/exec_image.hpp"
#include "__support/fd_table.hpp"
#include "__support/signal_impl.hpp"
#include "__support/spawn_impl.hpp"

extern "C" char** environ;  // wasi-libc initialises it when referenced

namespace wasix_spawn {
namespace {

const action* actions_of(const posix_spawn_file_actions_t* fa) {
    return fa ? static_cast<const action*>(fa->__actions) : nullptr;
}

int count_of(const posix_spawn_file_actions_t* fa) { return fa ? fa->__count : 0; }

// What the child's descriptor `fd` will be after the steps so far.
enum class slot { inherited, open, closed };

// The descriptors the steps touch, and the steps themselves.
struct plan {
    wasix::proc_spawn_fd_op_t* ops = nullptr;
    int nops = 0, cap = 0;
    struct touched {
        int fd;
        slot state;
    }* fds = nullptr;
    int nfds = 0;

    plan() = default;
    plan(const plan&) = delete;
    plan& operator=(const plan&) = delete;
    ~plan() {
        free(ops);
        free(fds);
    }

    slot state(int fd) const {
        for (int i = nfds - 1; i >= 0; --i)
            if (fds[i].fd == fd) return fds[i].state;
        return slot::inherited;
    }
    bool open_in_child(int fd) const {
        const slot s = state(fd);
        if (s == slot::inherited) return static_cast<bool>(wasix::fd_fdstat_get(wasix::fd_t{fd}));
        return s != slot::closed;
    }
    int set(int fd, slot s) {
        void* grown = realloc(fds, sizeof *fds * static_cast<size_t>(nfds + 1));
        if (!grown) return ENOMEM;
        fds = static_cast<touched*>(grown);
        fds[nfds++] = {fd, s};
        return 0;
    }
    int add(wasix::proc_spawn_fd_op_name_t cmd, int fd, int src_fd, const char* path) {
        if (nops == cap) {
            const int n = cap ? cap * 2 : 8;
            void* grown = realloc(ops, sizeof *ops * static_cast<size_t>(n));
            if (!grown) return ENOMEM;
            ops = static_cast<wasix::proc_spawn_fd_op_t*>(grown);
            cap = n;
        }
        wasix::proc_spawn_fd_op_t& op = ops[nops++];
        memset(&op, 0, sizeof op);
        op.cmd = cmd;
        op.fd = wasix::fd_t{fd};
        op.src_fd = wasix::fd_t{src_fd};
        op.path = reinterpret_cast<uint8_t*>(const_cast<char*>(path));
        op.path_len = path ? strlen(path) : 0;
        return 0;
    }
};

// An open action, tried in the parent: its errno, or 0 (the file then
// exists, created with the action's mode if O_CREAT asked for it).
int try_open(const action& a) {
    const int fd = open(a.path, a.oflag | O_CLOEXEC, a.mode);
    if (fd < 0) return errno;
    close(fd);
    return 0;
}

// The runtime's open step for an open action that try_open passed.
void set_open_step(wasix::proc_spawn_fd_op_t* op, const action& a) {
    using wasix::rights_t;
    op->dirflags = (a.oflag & O_NOFOLLOW) ? wasix::lookupflags_t{} : wasix::lookupflags_t::symlink_follow;
    op->oflags = wasix::oflags_t{};
    if (a.oflag & O_DIRECTORY) op->oflags = op->oflags | wasix::oflags_t::directory;
    if (a.oflag & O_TRUNC) op->oflags = op->oflags | wasix::oflags_t::trunc;
    // wasi-libc's O_APPEND, O_DSYNC, O_NONBLOCK, O_RSYNC and O_SYNC are the
    // fdflags bits themselves.
    op->fdflags = static_cast<wasix::fdflags_t>(a.oflag & (O_APPEND | O_DSYNC | O_NONBLOCK | O_RSYNC | O_SYNC));
    uint64_t rights = ~uint64_t{0};
    if ((a.oflag & O_ACCMODE) == O_RDONLY)
        rights &= ~static_cast<uint64_t>(rights_t::fd_write | rights_t::fd_allocate | rights_t::fd_filestat_set_size);
    if ((a.oflag & O_ACCMODE) == O_WRONLY)
        rights &= ~static_cast<uint64_t>(rights_t::fd_read | rights_t::fd_readdir);
    op->fs_rights_base = static_cast<rights_t>(rights);
    op->fs_rights_inheriting = static_cast<rights_t>(~uint64_t{0});
}

int translate(const posix_spawn_file_actions_t* fa, plan* p) {
    using name = wasix::proc_spawn_fd_op_name_t;
    bool chdir_seen = false;
    for (int i = 0; i < count_of(fa); ++i) {
        const action& a = actions_of(fa)[i];
        int err = 0;
        switch (a.what) {
        case op::open:
            if ((err = try_open(a))) return err;
            if (p->open_in_child(a.fd) && (err = p->add(name::close, a.fd, a.fd, nullptr))) return err;
            // O_CLOEXEC: exec would close it again at once.
            if (a.oflag & O_CLOEXEC) {
                err = p->set(a.fd, slot::closed);
                break;
            }
            if ((err = p->add(name::open, a.fd, a.fd, a.path))) return err;
            set_open_step(&p->ops[p->nops - 1], a);
            err = p->set(a.fd, slot::open);
            break;
        case op::close:
            // Closing a descriptor that is not open is not an error.
            if (!p->open_in_child(a.fd)) break;
            if ((err = p->add(name::close, a.fd, a.fd, nullptr))) return err;
            err = p->set(a.fd, slot::closed);
            break;
        case op::dup2:
            if (!p->open_in_child(a.srcfd)) return EBADF;
            // dup2 onto itself only clears close-on-exec.
            if (a.srcfd != a.fd && (err = p->add(name::dup2, a.fd, a.srcfd, nullptr))) return err;
            err = p->set(a.fd, slot::open);
            break;
        case op::chdir: {
            // Checked here while the path means what it will in the child
            // (before any other chdir step).
            struct stat st;
            if (!chdir_seen && stat(a.path, &st) != 0) return errno;
            if (!chdir_seen && !S_ISDIR(st.st_mode)) return ENOTDIR;
            chdir_seen = true;
            err = p->add(name::chdir, -1, -1, a.path);
            break;
        }
        case op::fchdir:
            if (!p->open_in_child(a.fd)) return EBADF;
            chdir_seen = true;
            err = p->add(name::fchdir, a.fd, a.fd, nullptr);
            break;
        }
        if (err) return err;
    }
    return 0;
}

// Closes, in the child, what close-on-exec would close at exec.
int close_cloexec(plan* p) {
    struct ctx {
        plan* p;
        int err;
    } c{p, 0};
    wasix_libc::fd_for_each_cloexec(
        [](int fd, void* arg) {
            auto* c = static_cast<ctx*>(arg);
            if (!c->err && c->p->state(fd) == slot::inherited)
                c->err = c->p->add(wasix::proc_spawn_fd_op_name_t::close, fd, fd, nullptr);
        },
        &c);
    return c.err;
}

struct prepare_ctx {
    char* const* argv;
    char* const* envp;
    wasix_libc::exec_image* img;
    bool same_stdio;
};

int prepare_one(const char* candidate, void* arg) {
    auto* c = static_cast<prepare_ctx*>(arg);
    return wasix_libc::exec_prepare(candidate, c->argv, c->envp, c->img, c->same_stdio);
}

// Whether no file action replaces or closes descriptor 1 or 2.
bool keeps_stdio(const posix_spawn_file_actions_t* fa) {
    for (int i = 0; i < count_of(fa); ++i) {
        const action& a = actions_of(fa)[i];
        if ((a.fd == 1 || a.fd == 2) && a.what != op::chdir && a.what != op::fchdir) return false;
    }
    return true;
}

}  // namespace

bool can_spawn_direct(const posix_spawn_file_actions_t* fa, const posix_spawnattr_t* attr) {
    if (attr && (attr->__flags & (POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSID))) return false;
    bool chdir_seen = false;
    for (int i = 0; i < count_of(fa); ++i) {
        const action& a = actions_of(fa)[i];
        if (a.what == op::chdir || a.what == op::fchdir) chdir_seen = true;
        if (a.what == op::open && chdir_seen && a.path[0] != '/') return false;
    }
    return true;
}

int spawn_direct(pid_t* pid, const char* path, const posix_spawn_file_actions_t* fa, const posix_spawnattr_t* attr,
                 char* const argv[], char* const envp[], bool search) {
    wasix_libc::exec_image img;
    prepare_ctx pc{argv, envp ? envp : environ, &img, keeps_stdio(fa)};
    int err = search ? wasix_libc::exec_search(path, prepare_one, &pc) : prepare_one(path, &pc);
    if (err) return err;

    plan p;
    if ((err = translate(fa, &p)) || (err = close_cloexec(&p))) return err;

    // The child starts with the signals this process ignores ignored, as
    // after fork and exec, but for those POSIX_SPAWN_SETSIGDEF resets.
    __wasix_signal_inherit();
    wasix::signal_disposition_t defaults[_NSIG];
    size_t ndefaults = 0;
    const bool setsigdef = attr && (attr->__flags & POSIX_SPAWN_SETSIGDEF);
    for (int sig = 1; sig < _NSIG; ++sig) {
        if (sig == SIGKILL || sig == SIGSTOP) continue;
        if (setsigdef && sigismember(&attr->__def, sig) == 1)
            defaults[ndefaults++] = {static_cast<wasix::signal_t>(sig), wasix::disposition_t::_default};
        else if (__wasix_sigactions[sig].sa_handler == SIG_IGN)
            defaults[ndefaults++] = {static_cast<wasix::signal_t>(sig), wasix::disposition_t::ignore};
    }

    const auto r = wasix::proc_spawn2(img.path, img.args, img.envs, {p.ops, static_cast<size_t>(p.nops)},
                                      {defaults, ndefaults}, wasix::bool_t::_false, "");
    if (!r) return wasix_libc::posix_errno(r.error());
    wasix_libc::child_added(static_cast<pid_t>(*r));
    if (pid) *pid = static_cast<pid_t>(*r);
    return 0;
}

}  // namespace wasix_spawn
