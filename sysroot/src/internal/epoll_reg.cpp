// epoll registrations kept by the library (see epoll_reg.hpp).
#include <pthread.h>
#include <string.h>

#include <wasix/wasix.hpp>

#include "epoll_bits.hpp"
#include "epoll_reg.hpp"

namespace wasix_libc {
namespace {

constexpr int kMaxFd = 4096;
// epfd + 1 (0: unused), events, data of the registration of each descriptor.
struct slot {
    int epfd_plus_1;
    uint32_t events;
    uint64_t data;
    bool recheck;
};
slot g_slots[kMaxFd];
int g_top;  // 1 + the highest descriptor ever recorded
pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;

}  // namespace

bool epoll_reg_get(int fd, epoll_reg* out) noexcept {
    if (fd < 0 || fd >= kMaxFd) return false;
    pthread_mutex_lock(&g_lock);
    const slot s = g_slots[fd];
    pthread_mutex_unlock(&g_lock);
    if (s.epfd_plus_1 == 0) return false;
    out->epfd = s.epfd_plus_1 - 1;
    out->events = s.events;
    out->data = s.data;
    out->recheck = s.recheck;
    return true;
}

void epoll_reg_set(int fd, int epfd, uint32_t events, uint64_t data) noexcept {
    if (fd < 0 || fd >= kMaxFd) return;
    pthread_mutex_lock(&g_lock);
    g_slots[fd] = slot{epfd + 1, events, data, false};
    if (fd >= g_top) g_top = fd + 1;
    pthread_mutex_unlock(&g_lock);
}

void epoll_reg_clear(int fd, int epfd) noexcept {
    if (fd < 0 || fd >= kMaxFd) return;
    pthread_mutex_lock(&g_lock);
    if (g_slots[fd].epfd_plus_1 == epfd + 1) g_slots[fd] = slot{0, 0, 0, false};
    pthread_mutex_unlock(&g_lock);
}

void epoll_reg_forget(int fd) noexcept {
    if (fd < 0 || fd >= kMaxFd) return;
    pthread_mutex_lock(&g_lock);
    g_slots[fd] = slot{0, 0, 0, false};
    pthread_mutex_unlock(&g_lock);
}

void epoll_reg_set_recheck(int fd, int epfd, bool on) noexcept {
    if (fd < 0 || fd >= kMaxFd) return;
    pthread_mutex_lock(&g_lock);
    if (g_slots[fd].epfd_plus_1 == epfd + 1) g_slots[fd].recheck = on;
    pthread_mutex_unlock(&g_lock);
}

int epoll_reg_rechecks(int epfd, int* fds, int max) noexcept {
    int n = 0;
    pthread_mutex_lock(&g_lock);
    for (int fd = 0; fd < g_top && n < max; ++fd)
        if (g_slots[fd].recheck && g_slots[fd].epfd_plus_1 == epfd + 1) fds[n++] = fd;
    pthread_mutex_unlock(&g_lock);
    return n;
}

int epoll_runtime_add(int epfd, int fd, uint32_t events, uint64_t data) noexcept {
    wasix::epoll_event_t wev;
    memset(&wev, 0, sizeof wev);
    wev.events = epoll_bits_to_wasix(events);
    // The caller's 64-bit epoll_data travels in data2 (its low half also in ptr).
    wev.data.ptr = static_cast<wasix::pointersize_t>(data);
    wev.data.fd = wasix::fd_t{fd};
    wev.data.data1 = static_cast<uint32_t>(data >> 32);
    wev.data.data2 = data;
    auto r = wasix::epoll_ctl(wasix::fd_t{epfd}, wasix::epoll_ctl_t::add, wasix::fd_t{fd}, &wev);
    return static_cast<int>(r.error());
}

int epoll_runtime_del(int epfd, int fd) noexcept {
    auto r = wasix::epoll_ctl(wasix::fd_t{epfd}, wasix::epoll_ctl_t::del, wasix::fd_t{fd}, nullptr);
    return static_cast<int>(r.error());
}

}  // namespace wasix_libc
