// qsort_r.cpp - qsort_r() (GNU argument order) over qsort: the comparison
// and its argument are kept per thread for the duration of the call, and
// the previous ones restored afterwards, so a comparison may sort too.
#include <stdlib.h>

namespace {

struct context {
    int (*cmp)(const void*, const void*, void*);
    void* arg;
};

thread_local context t_current;

int trampoline(const void* a, const void* b) { return t_current.cmp(a, b, t_current.arg); }

}  // namespace

extern "C" void qsort_r(void* base, size_t n, size_t size, int (*cmp)(const void*, const void*, void*), void* arg) {
    const context saved = t_current;
    t_current = context{cmp, arg};
    qsort(base, n, size, trampoline);
    t_current = saved;
}
