// thread_names.cpp - thread_names.hpp.
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "__support/thread_names.hpp"

extern "C" char* __progname;

namespace wasix_libc {
namespace {

struct entry {
    pthread_t thread;
    char name[kThreadNameMax];
    entry* next;
};

entry* g_names;
pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;

entry* find(pthread_t t) noexcept {
    for (entry* e = g_names; e; e = e->next)
        if (pthread_equal(e->thread, t)) return e;
    return nullptr;
}

}  // namespace

int thread_name_set(pthread_t t, const char* name) noexcept {
    pthread_mutex_lock(&g_lock);
    entry* e = find(t);
    if (!e) {
        e = static_cast<entry*>(calloc(1, sizeof *e));
        if (!e) {
            pthread_mutex_unlock(&g_lock);
            return ENOMEM;
        }
        e->thread = t;
        e->next = g_names;
        g_names = e;
    }
    strncpy(e->name, name, kThreadNameMax - 1);
    e->name[kThreadNameMax - 1] = '\0';
    pthread_mutex_unlock(&g_lock);
    return 0;
}

void thread_name_get(pthread_t t, char* out) noexcept {
    pthread_mutex_lock(&g_lock);
    const entry* e = find(t);
    const char* name = e ? e->name : (__progname ? __progname : "");
    strncpy(out, name, kThreadNameMax - 1);
    out[kThreadNameMax - 1] = '\0';
    pthread_mutex_unlock(&g_lock);
}

}  // namespace wasix_libc
