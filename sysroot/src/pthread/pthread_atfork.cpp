// pthread_atfork.cpp - pthread_atfork(): handlers fork() runs (unistd/
// fork.cpp): prepare in reverse order of registration, parent and child in
// order. vfork and _Fork run none, as on Linux.
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

namespace {

struct handlers {
    void (*prepare)(void);
    void (*parent)(void);
    void (*child)(void);
    handlers* next;  // the one registered before
};

handlers* g_last;
pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;

}  // namespace

extern "C" void __wasix_run_atfork(int which) {
    if (which == 0) {
        // Held across the fork so no registration happens in between.
        pthread_mutex_lock(&g_lock);
        for (handlers* h = g_last; h; h = h->next)
            if (h->prepare) h->prepare();
        return;
    }
    // Oldest first: the list is newest first, so walk it into an array.
    size_t n = 0;
    for (handlers* h = g_last; h; h = h->next) ++n;
    handlers* stack_items[32];
    handlers** items = n <= 32 ? stack_items : static_cast<handlers**>(malloc(n * sizeof *items));
    size_t i = n;
    for (handlers* h = g_last; h && items; h = h->next) items[--i] = h;
    for (i = 0; items && i < n; ++i) {
        void (*f)(void) = which == 1 ? items[i]->parent : items[i]->child;
        if (f) f();
    }
    if (items != stack_items) free(items);
    if (which == 2) {
        pthread_mutex_t fresh = PTHREAD_MUTEX_INITIALIZER;
        g_lock = fresh;
    } else {
        pthread_mutex_unlock(&g_lock);
    }
}

extern "C" int pthread_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void)) {
    handlers* h = static_cast<handlers*>(malloc(sizeof *h));
    if (!h) return ENOMEM;
    pthread_mutex_lock(&g_lock);
    *h = handlers{prepare, parent, child, g_last};
    g_last = h;
    pthread_mutex_unlock(&g_lock);
    return 0;
}
