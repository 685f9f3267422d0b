// named_sems.cpp - named_sems.hpp.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "__support/named_sems.hpp"

namespace wasix_libc {
namespace {

struct named {
    sem_t sem;       // first: the sem_t* handed out points here
    char* name;      // nullptr once unlinked
    int opens;       // sem_open calls not yet closed
    named* next;
};

named* g_list;
pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;

// glibc: leading slashes skipped; empty, with a slash, or NAME_MAX - 4
// bytes and more is EINVAL.
const char* check_name(const char* name) noexcept {
    while (*name == '/') ++name;
    const size_t len = strlen(name);
    if (len == 0 || len >= NAME_MAX - 4 || strchr(name, '/')) return nullptr;
    return name;
}

named* find(const char* name) noexcept {
    for (named* n = g_list; n; n = n->next)
        if (n->name && strcmp(n->name, name) == 0) return n;
    return nullptr;
}

void unlink_entry(named* gone) noexcept {
    for (named** p = &g_list; *p; p = &(*p)->next) {
        if (*p == gone) {
            *p = gone->next;
            break;
        }
    }
    sem_destroy(&gone->sem);
    free(gone->name);
    free(gone);
}

}  // namespace

sem_t* named_sem_open(const char* name, int oflag, unsigned value) noexcept {
    const char* n = check_name(name);
    if (!n) {
        errno = EINVAL;
        return SEM_FAILED;
    }
    pthread_mutex_lock(&g_lock);
    named* e = find(n);
    if (e) {
        if ((oflag & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL)) {
            pthread_mutex_unlock(&g_lock);
            errno = EEXIST;
            return SEM_FAILED;
        }
        ++e->opens;
        pthread_mutex_unlock(&g_lock);
        return &e->sem;
    }
    if (!(oflag & O_CREAT)) {
        pthread_mutex_unlock(&g_lock);
        errno = ENOENT;
        return SEM_FAILED;
    }
    if (value > SEM_VALUE_MAX) {
        pthread_mutex_unlock(&g_lock);
        errno = EINVAL;
        return SEM_FAILED;
    }
    e = static_cast<named*>(calloc(1, sizeof *e));
    char* copy = strdup(n);
    if (!e || !copy) {
        free(e);
        free(copy);
        pthread_mutex_unlock(&g_lock);
        errno = ENOMEM;
        return SEM_FAILED;
    }
    sem_init(&e->sem, 1, value);
    e->name = copy;
    e->opens = 1;
    e->next = g_list;
    g_list = e;
    pthread_mutex_unlock(&g_lock);
    return &e->sem;
}

int named_sem_close(sem_t* sem) noexcept {
    pthread_mutex_lock(&g_lock);
    for (named* e = g_list; e; e = e->next) {
        if (&e->sem != sem) continue;
        if (--e->opens == 0 && !e->name) unlink_entry(e);
        pthread_mutex_unlock(&g_lock);
        return 0;
    }
    pthread_mutex_unlock(&g_lock);
    errno = EINVAL;
    return -1;
}

int named_sem_unlink(const char* name) noexcept {
    const char* n = check_name(name);
    if (!n) {
        errno = ENOENT;
        return -1;
    }
    pthread_mutex_lock(&g_lock);
    named* e = find(n);
    if (!e) {
        pthread_mutex_unlock(&g_lock);
        errno = ENOENT;
        return -1;
    }
    free(e->name);
    e->name = nullptr;
    if (e->opens == 0) unlink_entry(e);
    pthread_mutex_unlock(&g_lock);
    return 0;
}

}  // namespace wasix_libc
