// fd_table.cpp - the descriptor table (fd_table.hpp).
//
// Two levels: a fixed array of chunk pointers, each chunk a run of records
// allocated the first time a number in it is touched. Lookups take no lock
// (a chunk, once published, never moves); flags are updated atomically; the
// peek buffers and epoll registrations are changed under one mutex.
#include <fcntl.h>
#include <sys/epoll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <wasix/wasix.hpp>

#include "__support/mutex_guard.hpp"
#include "__support/fd_table.hpp"
#include "__support/stdio_merge.hpp"

namespace wasix_libc {
namespace {

struct peek_buffer {
    unsigned char* data;
    size_t start;  // first unread byte
    size_t len;    // unread bytes
    size_t cap;
};

struct epoll_node {
    int epfd;
    int fd;
    epoll_reg reg;
    epoll_node* next;  // the record's next registration
    // While reg.recheck is set, the node is on the list of marked
    // registrations (g_marked), so that a wait finds its re-checks without
    // looking at every descriptor.
    epoll_node* mark_prev;
    epoll_node* mark_next;
};

struct record {
    uint32_t flags;
    uint32_t open_file;  // fd_open_file: 0 until asked for
    peek_buffer* peek;
    epoll_node* epoll;
    char* path;  // fd_path_copy (malloc'd), nullptr when not known
};

constexpr int chunk_bits = 8;
constexpr int chunk_size = 1 << chunk_bits;
// 2^20 descriptors; the runtime hands out the lowest free number, so a
// process reaches this only with a million descriptors open at once.
constexpr int chunk_count = 4096;

record* g_chunks[chunk_count];
int g_top;          // 1 + the highest descriptor with a record
int g_peek_active;  // descriptors with unread peeked bytes
uint32_t g_next_open_file = 1;
// Who wants to hear of released open files (flock's locks, timerfd timers).
constexpr int release_hook_count = 4;
void (*g_open_file_released[release_hook_count])(uint32_t);
pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
// Saved tables of vfork children that have not left yet (fd_table_save).
int g_vfork_children;
// The registrations marked for a re-check (epoll_reg_set_recheck), of every
// epoll instance. Changed under g_lock.
epoll_node* g_marked;

void mark_locked(epoll_node* n) noexcept {
    if (n->reg.recheck) return;
    n->reg.recheck = true;
    n->mark_prev = nullptr;
    n->mark_next = g_marked;
    if (g_marked) g_marked->mark_prev = n;
    g_marked = n;
}

void unmark_locked(epoll_node* n) noexcept {
    if (!n->reg.recheck) return;
    n->reg.recheck = false;
    if (n->mark_prev)
        n->mark_prev->mark_next = n->mark_next;
    else
        g_marked = n->mark_next;
    if (n->mark_next) n->mark_next->mark_prev = n->mark_prev;
    n->mark_prev = n->mark_next = nullptr;
}


// The record of fd, or nullptr when fd has none (and create is false, or
// fd is out of range, or memory ran out).
record* find(int fd, bool create) noexcept {
    if (fd < 0 || fd >= chunk_size * chunk_count) return nullptr;
    record** slot = &g_chunks[fd >> chunk_bits];
    record* chunk = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (!chunk) {
        if (!create) return nullptr;
        record* fresh = static_cast<record*>(calloc(chunk_size, sizeof(record)));
        if (!fresh) return nullptr;
        record* expected = nullptr;
        if (__atomic_compare_exchange_n(slot, &expected, fresh, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
            chunk = fresh;
        } else {
            free(fresh);
            chunk = expected;
        }
    }
    if (create) {
        int top = __atomic_load_n(&g_top, __ATOMIC_RELAXED);
        while (fd >= top && !__atomic_compare_exchange_n(&g_top, &top, fd + 1, true, __ATOMIC_RELAXED,
                                                         __ATOMIC_RELAXED)) {
        }
    }
    return &chunk[fd & (chunk_size - 1)];
}

void set_peek_len(peek_buffer* b, size_t len) noexcept {
    if (b->len == 0 && len > 0) __atomic_fetch_add(&g_peek_active, 1, __ATOMIC_RELAXED);
    if (b->len > 0 && len == 0) __atomic_fetch_sub(&g_peek_active, 1, __ATOMIC_RELAXED);
    b->len = len;
    if (len == 0) b->start = 0;
}

// Drops the peek buffer and epoll registrations of r. Called with the lock.
void forget_locked(record* r) noexcept {
    if (__atomic_load_n(&g_vfork_children, __ATOMIC_RELAXED) != 0) {
        // A vfork child: they are the parent's (fd_table_save).
        r->peek = nullptr;
        r->epoll = nullptr;
        r->path = nullptr;
        return;
    }
    free(r->path);
    r->path = nullptr;
    if (peek_buffer* b = r->peek) {
        set_peek_len(b, 0);
        free(b->data);
        free(b);
        r->peek = nullptr;
    }
    for (epoll_node* n = r->epoll; n;) {
        epoll_node* next = n->next;
        unmark_locked(n);
        free(n);
        n = next;
    }
    r->epoll = nullptr;
}

// Whether any descriptor other than except refers to open file id.
bool open_file_in_use(uint32_t id, int except) noexcept {
    const int top = __atomic_load_n(&g_top, __ATOMIC_RELAXED);
    for (int fd = 0; fd < top; ++fd) {
        const record* r = fd == except ? nullptr : find(fd, false);
        if (r && __atomic_load_n(&r->open_file, __ATOMIC_ACQUIRE) == id) return true;
    }
    return false;
}

// fd no longer refers to the open file it had; open_file is the one it
// refers to now (0: none yet).
void set_open_file(int fd, record* r, uint32_t open_file) noexcept {
    const uint32_t old = __atomic_exchange_n(&r->open_file, open_file, __ATOMIC_ACQ_REL);
    if (old == 0 || old == open_file || __atomic_load_n(&g_vfork_children, __ATOMIC_RELAXED) != 0) return;
    if (open_file_in_use(old, fd)) return;
    for (auto& hook : g_open_file_released) {
        void (*released)(uint32_t) = __atomic_load_n(&hook, __ATOMIC_ACQUIRE);
        if (released) released(old);
    }
}

void reset(int fd, uint32_t flags, uint32_t open_file = 0) noexcept {
    if (fd == 1 || fd == 2) stdio_unmerge();
    record* r = find(fd, flags != 0 || open_file != 0);
    if (!r) return;
    if (r->peek || r->epoll || r->path) {
        mutex_guard lock(g_lock);
        forget_locked(r);
    }
    set_open_file(fd, r, open_file);
    __atomic_store_n(&r->flags, flags, __ATOMIC_RELEASE);
}

// A copy of the path recorded for fd, or nullptr.
char* known_path(int fd) noexcept {
    record* r = find(fd, false);
    if (!r || !__atomic_load_n(&r->path, __ATOMIC_ACQUIRE)) return nullptr;
    mutex_guard lock(g_lock);
    return r->path ? strdup(r->path) : nullptr;
}

// Gives fd the malloc'd path.
void set_path(int fd, char* path) noexcept {
    record* r = find(fd, true);
    if (!r) {
        free(path);
        return;
    }
    mutex_guard lock(g_lock);
    free(r->path);
    r->path = path;
}

// The name of preopened directory fd, malloc'd, or nullptr.
char* preopen_name(int fd) noexcept {
    const auto pre = wasix::fd_prestat_get(wasix::fd_t{fd});
    if (!pre || !pre->is_dir()) return nullptr;
    const size_t len = pre->get_dir()->pr_name_len;
    char* name = static_cast<char*>(malloc(len + 1));
    if (!name) return nullptr;
    // A relative name would resolve against whatever the cwd is later.
    if (!wasix::fd_prestat_dir_name(wasix::fd_t{fd}, reinterpret_cast<uint8_t*>(name), len) || len == 0 ||
        name[0] != '/') {
        free(name);
        return nullptr;
    }
    name[len] = '\0';
    return name;
}

epoll_node* find_reg(record* r, int epfd) noexcept {
    for (epoll_node* n = r->epoll; n; n = n->next)
        if (n->epfd == epfd) return n;
    return nullptr;
}

}  // namespace

void fd_opened(int fd, uint32_t flags) noexcept { reset(fd, flags); }

struct fd_saved {
    int top;
    record records[];
};

fd_saved* fd_table_save() noexcept {
    const int top = __atomic_load_n(&g_top, __ATOMIC_ACQUIRE);
    auto* s = static_cast<fd_saved*>(malloc(sizeof(fd_saved) + sizeof(record) * static_cast<size_t>(top)));
    if (!s) return nullptr;
    s->top = top;
    for (int fd = 0; fd < top; ++fd) {
        const record* r = find(fd, false);
        s->records[fd] = r ? *r : record{};
    }
    __atomic_fetch_add(&g_vfork_children, 1, __ATOMIC_ACQ_REL);
    return s;
}

void fd_table_restore(fd_saved* s) noexcept {
    const int top = __atomic_load_n(&g_top, __ATOMIC_ACQUIRE);
    for (int fd = 0; fd < (top > s->top ? top : s->top); ++fd) {
        // What the child allocated for numbers it used is left behind: it is
        // small, and the child's records cannot be told from the parent's.
        const record saved = fd < s->top ? s->records[fd] : record{};
        record* r = find(fd, saved.flags != 0 || saved.open_file != 0 || saved.peek || saved.epoll || saved.path);
        if (r) *r = saved;
    }
    __atomic_fetch_sub(&g_vfork_children, 1, __ATOMIC_ACQ_REL);
    free(s);
}

void fd_duplicated(int from, int to, bool cloexec) noexcept {
    const uint32_t flags = (fd_flags(from) & fd_file_flags) | (cloexec ? fd_cloexec : 0u);
    char* path = known_path(from);
    reset(to, flags, fd_open_file(from));
    if (path) set_path(to, path);
}

uint32_t fd_open_file(int fd) noexcept {
    record* r = find(fd, true);
    if (!r) return 0;
    uint32_t id = __atomic_load_n(&r->open_file, __ATOMIC_ACQUIRE);
    if (id != 0) return id;
    const uint32_t fresh = __atomic_fetch_add(&g_next_open_file, 1, __ATOMIC_RELAXED);
    return __atomic_compare_exchange_n(&r->open_file, &id, fresh, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)
               ? fresh
               : id;
}

void fd_on_open_file_released(void (*f)(uint32_t id)) noexcept {
    for (auto& hook : g_open_file_released) {
        void (*expected)(uint32_t) = nullptr;
        if (__atomic_load_n(&hook, __ATOMIC_ACQUIRE) == f) return;
        if (__atomic_compare_exchange_n(&hook, &expected, f, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return;
        if (expected == f) return;
    }
}

void fd_closed(int fd) noexcept { reset(fd, 0); }

void fd_for_each_sharing(int fd, void (*f)(int other, void* arg), void* arg) noexcept {
    const record* r = find(fd, false);
    const uint32_t id = r ? __atomic_load_n(&r->open_file, __ATOMIC_ACQUIRE) : 0u;
    if (id == 0) return;
    const int top = __atomic_load_n(&g_top, __ATOMIC_RELAXED);
    for (int other = 0; other < top; ++other) {
        const record* o = other == fd ? nullptr : find(other, false);
        if (o && __atomic_load_n(&o->open_file, __ATOMIC_ACQUIRE) == id) f(other, arg);
    }
}

uint32_t fd_flags(int fd) noexcept {
    const record* r = find(fd, false);
    return r ? __atomic_load_n(&r->flags, __ATOMIC_ACQUIRE) : 0u;
}

void fd_set_flag(int fd, uint32_t flag, bool on) noexcept {
    record* r = find(fd, on);
    if (!r) return;
    if (on)
        __atomic_fetch_or(&r->flags, flag, __ATOMIC_ACQ_REL);
    else
        __atomic_fetch_and(&r->flags, ~flag, __ATOMIC_ACQ_REL);
}

void fd_for_each_cloexec(void (*f)(int fd, void* arg), void* arg) noexcept {
    const int top = __atomic_load_n(&g_top, __ATOMIC_RELAXED);
    for (int fd = 0; fd < top; ++fd)
        if (fd_flags(fd) & fd_cloexec) f(fd, arg);
}

void fd_close_on_exec() noexcept {
    fd_for_each_cloexec(
        [](int fd, void*) {
            (void)wasix::fd_close(wasix::fd_t{fd});
            fd_closed(fd);
        },
        nullptr);
}

char* fd_path_copy(int fd) noexcept {
    if (char* path = known_path(fd)) return path;
    // A preopened directory: its name, kept for the next time.
    char* name = preopen_name(fd);
    if (name) {
        if (char* copy = strdup(name)) set_path(fd, copy);
    }
    return name;
}

void fd_opened_at(int fd, uint32_t flags, int dirfd, const char* path) noexcept {
    reset(fd, flags);
    if (path == nullptr) return;
    char* base = fd_path_copy(dirfd);
    if (!base) return;
    const size_t blen = strlen(base), plen = strlen(path);
    const bool slash = blen > 0 && base[blen - 1] == '/';
    char* full = static_cast<char*>(malloc(blen + plen + 2));
    if (full) {
        memcpy(full, base, blen);
        size_t n = blen;
        if (!slash) full[n++] = '/';
        memcpy(full + n, path, plen + 1);
        set_path(fd, full);
    }
    free(base);
}

bool peek_active() noexcept { return __atomic_load_n(&g_peek_active, __ATOMIC_RELAXED) > 0; }

size_t peek_size(int fd) noexcept {
    if (!peek_active()) return 0;
    record* r = find(fd, false);
    if (!r) return 0;
    mutex_guard lock(g_lock);
    return r->peek ? r->peek->len : 0;
}

size_t peek_copy(int fd, const struct iovec* iov, int iovcnt, bool keep) noexcept {
    if (!peek_active()) return 0;
    record* r = find(fd, false);
    if (!r) return 0;
    mutex_guard lock(g_lock);
    peek_buffer* b = r->peek;
    if (!b) return 0;
    size_t done = 0;
    for (int i = 0; i < iovcnt && done < b->len; ++i) {
        const size_t n = iov[i].iov_len < b->len - done ? iov[i].iov_len : b->len - done;
        memcpy(iov[i].iov_base, b->data + b->start + done, n);
        done += n;
    }
    if (!keep) {
        b->start += done;
        set_peek_len(b, b->len - done);
    }
    return done;
}

bool peek_append(int fd, const void* data, size_t n) noexcept {
    record* r = find(fd, true);
    if (!r) return false;
    mutex_guard lock(g_lock);
    peek_buffer* b = r->peek;
    if (!b) {
        b = static_cast<peek_buffer*>(calloc(1, sizeof *b));
        if (!b) return false;
        r->peek = b;
    }
    if (b->start + b->len + n > b->cap) {
        if (b->start > 0 && b->len > 0) memmove(b->data, b->data + b->start, b->len);
        b->start = 0;
        if (b->len + n > b->cap) {
            size_t cap = b->cap ? b->cap : 256;
            while (cap < b->len + n) cap *= 2;
            unsigned char* p = static_cast<unsigned char*>(realloc(b->data, cap));
            if (!p) return false;
            b->data = p;
            b->cap = cap;
        }
    }
    memcpy(b->data + b->start + b->len, data, n);
    set_peek_len(b, b->len + n);
    return true;
}

bool epoll_reg_get(int fd, int epfd, epoll_reg* out) noexcept {
    record* r = find(fd, false);
    if (!r) return false;
    mutex_guard lock(g_lock);
    const epoll_node* n = find_reg(r, epfd);
    if (!n) return false;
    *out = n->reg;
    out->shared = r->epoll->next != nullptr;
    return true;
}

void epoll_reg_mark_others(int fd, int epfd) noexcept {
    if (__atomic_load_n(&g_vfork_children, __ATOMIC_RELAXED) != 0) return;
    record* r = find(fd, false);
    if (!r) return;
    mutex_guard lock(g_lock);
    for (epoll_node* n = r->epoll; n; n = n->next)
        if (n->epfd != epfd && !(n->reg.events & (EPOLLET | EPOLLONESHOT))) mark_locked(n);
}

bool epoll_reg_sole(int fd, int* epfd, epoll_reg* out) noexcept {
    record* r = find(fd, false);
    if (!r) return false;
    mutex_guard lock(g_lock);
    if (!r->epoll || r->epoll->next) return false;
    *epfd = r->epoll->epfd;
    *out = r->epoll->reg;
    out->shared = false;
    return true;
}

bool epoll_reg_set(int fd, int epfd, uint32_t events, uint64_t data) noexcept {
    record* r = find(fd, true);
    if (!r) return false;
    mutex_guard lock(g_lock);
    epoll_node* n = find_reg(r, epfd);
    if (!n) {
        n = static_cast<epoll_node*>(calloc(1, sizeof *n));
        if (!n) return false;
        n->epfd = epfd;
        n->fd = fd;
        n->next = r->epoll;
        r->epoll = n;
    }
    unmark_locked(n);
    n->reg.events = events;
    n->reg.data = data;
    n->reg.edge_armed = (events & EPOLLET) != 0;
    return true;
}

void epoll_reg_clear(int fd, int epfd) noexcept {
    record* r = find(fd, false);
    if (!r) return;
    mutex_guard lock(g_lock);
    for (epoll_node** p = &r->epoll; *p; p = &(*p)->next) {
        if ((*p)->epfd == epfd) {
            epoll_node* dead = *p;
            *p = dead->next;
            unmark_locked(dead);
            free(dead);
            return;
        }
    }
}

void epoll_reg_set_recheck(int fd, int epfd, bool on) noexcept {
    // A vfork child may only exec or exit: its waits leave the marks, which
    // are its parent's, alone.
    if (__atomic_load_n(&g_vfork_children, __ATOMIC_RELAXED) != 0) return;
    record* r = find(fd, false);
    if (!r) return;
    mutex_guard lock(g_lock);
    if (epoll_node* n = find_reg(r, epfd)) {
        if (on)
            mark_locked(n);
        else
            unmark_locked(n);
    }
}

void epoll_reg_set_edge_armed(int fd, int epfd, bool on) noexcept {
    if (__atomic_load_n(&g_vfork_children, __ATOMIC_RELAXED) != 0) return;
    record* r = find(fd, false);
    if (!r) return;
    mutex_guard lock(g_lock);
    if (epoll_node* n = find_reg(r, epfd)) n->reg.edge_armed = on;
}

void epoll_reg_drained(int fd) noexcept {
    if (__atomic_load_n(&g_vfork_children, __ATOMIC_RELAXED) != 0) return;
    record* r = find(fd, false);
    // Not in any epoll set (the common case): no lock taken.
    if (!r || __atomic_load_n(&r->epoll, __ATOMIC_RELAXED) == nullptr) return;
    mutex_guard lock(g_lock);
    for (epoll_node* n = r->epoll; n; n = n->next)
        if (n->reg.events & EPOLLET) n->reg.edge_armed = true;
    if (!r->epoll || r->epoll->next) return;
    if (!(r->epoll->reg.events & (EPOLLOUT | EPOLLWRNORM))) unmark_locked(r->epoll);
}

int epoll_reg_rechecks(int epfd, int* fds, int max) noexcept {
    int count = 0;
    {
        mutex_guard lock(g_lock);
        for (const epoll_node* n = g_marked; n && count < max; n = n->mark_next)
            if (n->epfd == epfd) fds[count++] = n->fd;
    }
    // In descriptor order, whatever the order of the marks.
    qsort(fds, static_cast<size_t>(count), sizeof *fds, [](const void* a, const void* b) {
        const int x = *static_cast<const int*>(a), y = *static_cast<const int*>(b);
        return (x > y) - (x < y);
    });
    return count;
}

int epoll_reg_streams(int epfd, int after, int* fds, int max) noexcept {
    int count = 0;
    const int top = __atomic_load_n(&g_top, __ATOMIC_RELAXED);
    mutex_guard lock(g_lock);
    for (int fd = after + 1; fd < top && count < max; ++fd) {
        record* r = find(fd, false);
        if (!r || (r->flags & (fd_socket | fd_stream | fd_listening)) != (fd_socket | fd_stream)) continue;
        const epoll_node* n = find_reg(r, epfd);
        if (n && (n->reg.events & (EPOLLIN | EPOLLRDNORM))) fds[count++] = fd;
    }
    return count;
}

}  // namespace wasix_libc

extern "C" void __wasix_fd_opened_by_open(int fd, int oflag, int dirfd, const char* path) {
    wasix_libc::fd_opened_at(fd, (oflag & O_CLOEXEC) ? wasix_libc::fd_cloexec : 0u, dirfd, path);
}

extern "C" int __wasix_fd_is_fifo(int fd) {
    const uint32_t f = wasix_libc::fd_flags(fd);
    return (f & wasix_libc::fd_pipe) && !(f & wasix_libc::fd_signalfd);
}
