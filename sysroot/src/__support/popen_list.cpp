// popen_list.cpp - see popen_list.hpp: a short linked list under a spin
// lock (popen streams are few and held briefly).
#include <stdlib.h>

#include "__support/popen_list.hpp"

namespace wasix_libc {
namespace {

struct entry {
    FILE* f;
    pid_t pid;
    entry* next;
};
entry* head;
int lock;

void acquire() {
    while (__atomic_exchange_n(&lock, 1, __ATOMIC_ACQUIRE)) {
    }
}
void release() { __atomic_store_n(&lock, 0, __ATOMIC_RELEASE); }

}  // namespace

bool popen_add(FILE* f, pid_t pid) noexcept {
    entry* e = static_cast<entry*>(malloc(sizeof *e));
    if (!e) return false;
    e->f = f;
    e->pid = pid;
    acquire();
    e->next = head;
    head = e;
    release();
    return true;
}

pid_t popen_take(FILE* f) noexcept {
    acquire();
    entry** pp = &head;
    while (*pp && (*pp)->f != f) pp = &(*pp)->next;
    entry* e = *pp;
    if (e) *pp = e->next;
    release();
    if (!e) return -1;
    const pid_t pid = e->pid;
    free(e);
    return pid;
}

}  // namespace wasix_libc
