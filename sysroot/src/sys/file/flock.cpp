// flock.cpp - flock(): whole-file locks that belong to an open file
// description (the runtime has no lock call).
//
// Linux semantics within one process: descriptors of one open file (dup,
// fork-less inheritance) share its lock and converting it never conflicts;
// two separate open()s of the same file conflict (LOCK_EX against anything,
// LOCK_SH against LOCK_EX); a lock goes away with LOCK_UN or when the last
// descriptor of its open file is closed. A blocking request waits for
// another thread to release. Locks taken by other processes are not seen
// (README, limits).
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/stat.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"

namespace {

struct file_lock {
    dev_t dev;
    ino_t ino;
    uint32_t open_file;
    bool exclusive;
    file_lock* next;
};

file_lock* g_locks;
pthread_mutex_t g_mutex = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t g_released = PTHREAD_COND_INITIALIZER;

// Called with g_mutex held.
file_lock** find_own(dev_t dev, ino_t ino, uint32_t open_file) {
    for (file_lock** p = &g_locks; *p; p = &(*p)->next)
        if ((*p)->dev == dev && (*p)->ino == ino && (*p)->open_file == open_file) return p;
    return nullptr;
}

// Called with g_mutex held.
bool conflicts(dev_t dev, ino_t ino, uint32_t open_file, bool exclusive) {
    for (const file_lock* l = g_locks; l; l = l->next)
        if (l->dev == dev && l->ino == ino && l->open_file != open_file && (exclusive || l->exclusive)) return true;
    return false;
}

// Called with g_mutex held.
bool drop(file_lock** p) {
    if (!p) return false;
    file_lock* l = *p;
    *p = l->next;
    free(l);
    return true;
}

void release_open_file(uint32_t open_file) {
    pthread_mutex_lock(&g_mutex);
    bool any = false;
    for (file_lock** p = &g_locks; *p;) {
        if ((*p)->open_file == open_file) {
            any = drop(p);
        } else {
            p = &(*p)->next;
        }
    }
    if (any) pthread_cond_broadcast(&g_released);
    pthread_mutex_unlock(&g_mutex);
}

}  // namespace

// Linux ignores the old Samba "mandatory" requests (any op with this bit)
// and returns 0 before it even looks at the descriptor.
constexpr int kLockMand = 32;

extern "C" int flock(int fd, int op) {
    if (op & kLockMand) return 0;
    struct stat st;
    if (fstat(fd, &st) != 0) return -1;
    const int kind = op & ~LOCK_NB;
    if (kind != LOCK_SH && kind != LOCK_EX && kind != LOCK_UN) return wasix_libc::fail_posix(EINVAL);
    const uint32_t open_file = wasix_libc::fd_open_file(fd);
    if (open_file == 0) return wasix_libc::fail_posix(ENOLCK);
    wasix_libc::fd_on_open_file_released(release_open_file);

    pthread_mutex_lock(&g_mutex);
    file_lock** own = find_own(st.st_dev, st.st_ino, open_file);
    if (kind == LOCK_UN) {
        if (drop(own)) pthread_cond_broadcast(&g_released);
        pthread_mutex_unlock(&g_mutex);
        return 0;
    }
    const bool exclusive = kind == LOCK_EX;
    // Linux drops the old lock before waiting for a conversion.
    if (own && (*own)->exclusive != exclusive && conflicts(st.st_dev, st.st_ino, open_file, exclusive)) {
        drop(own);
        own = nullptr;
        pthread_cond_broadcast(&g_released);
    }
    while (conflicts(st.st_dev, st.st_ino, open_file, exclusive)) {
        if (op & LOCK_NB) {
            pthread_mutex_unlock(&g_mutex);
            return wasix_libc::fail_posix(EWOULDBLOCK);
        }
        pthread_cond_wait(&g_released, &g_mutex);
        own = find_own(st.st_dev, st.st_ino, open_file);
    }
    if (own) {
        (*own)->exclusive = exclusive;
    } else {
        file_lock* l = static_cast<file_lock*>(malloc(sizeof *l));
        if (!l) {
            pthread_mutex_unlock(&g_mutex);
            return wasix_libc::fail_posix(ENOLCK);
        }
        *l = file_lock{st.st_dev, st.st_ino, open_file, exclusive, g_locks};
        g_locks = l;
    }
    pthread_mutex_unlock(&g_mutex);
    return 0;
}
