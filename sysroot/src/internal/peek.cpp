// Per-descriptor buffers of peeked bytes (see peek.hpp).
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "peek.hpp"

namespace wasix_libc {
namespace {

constexpr int kMaxFd = 1024;

struct buffer {
    unsigned char* data;
    size_t start;  // first unread byte
    size_t len;    // unread bytes
    size_t cap;
};

buffer g_buf[kMaxFd];
int g_active;  // descriptors with len > 0
pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;

class lock_guard {
public:
    lock_guard() noexcept { pthread_mutex_lock(&g_lock); }
    ~lock_guard() { pthread_mutex_unlock(&g_lock); }
    lock_guard(const lock_guard&) = delete;
    lock_guard& operator=(const lock_guard&) = delete;
};

void set_len(buffer& b, size_t len) noexcept {
    if (b.len == 0 && len > 0) __atomic_fetch_add(&g_active, 1, __ATOMIC_RELAXED);
    if (b.len > 0 && len == 0) __atomic_fetch_sub(&g_active, 1, __ATOMIC_RELAXED);
    b.len = len;
    if (len == 0) b.start = 0;
}

}  // namespace

bool peek_supported(int fd) noexcept { return fd >= 0 && fd < kMaxFd; }

bool peek_active() noexcept { return __atomic_load_n(&g_active, __ATOMIC_RELAXED) > 0; }

size_t peek_size(int fd) noexcept {
    if (fd < 0 || fd >= kMaxFd || !peek_active()) return 0;
    lock_guard lock;
    return g_buf[fd].len;
}

size_t peek_copy(int fd, const struct iovec* iov, int iovcnt, bool keep) noexcept {
    if (fd < 0 || fd >= kMaxFd || !peek_active()) return 0;
    lock_guard lock;
    buffer& b = g_buf[fd];
    size_t done = 0;
    for (int i = 0; i < iovcnt && done < b.len; ++i) {
        size_t n = iov[i].iov_len < b.len - done ? iov[i].iov_len : b.len - done;
        memcpy(iov[i].iov_base, b.data + b.start + done, n);
        done += n;
    }
    if (!keep) {
        b.start += done;
        set_len(b, b.len - done);
    }
    return done;
}

bool peek_append(int fd, const void* data, size_t n) noexcept {
    if (fd < 0 || fd >= kMaxFd) return false;
    lock_guard lock;
    buffer& b = g_buf[fd];
    if (b.start + b.len + n > b.cap) {
        // Compact, then grow if still needed.
        if (b.start > 0 && b.len > 0) memmove(b.data, b.data + b.start, b.len);
        b.start = 0;
        if (b.len + n > b.cap) {
            size_t cap = b.cap ? b.cap : 256;
            while (cap < b.len + n) cap *= 2;
            unsigned char* p = static_cast<unsigned char*>(realloc(b.data, cap));
            if (!p) return false;
            b.data = p;
            b.cap = cap;
        }
    }
    memcpy(b.data + b.start + b.len, data, n);
    set_len(b, b.len + n);
    return true;
}

void peek_discard(int fd) noexcept {
    if (fd < 0 || fd >= kMaxFd) return;
    lock_guard lock;
    buffer& b = g_buf[fd];
    set_len(b, 0);
    free(b.data);
    b.data = nullptr;
    b.cap = 0;
}

}  // namespace wasix_libc
