// setjmp.cpp - setjmp/_setjmp: take a WASIX stack snapshot into the
// jmp_buf. stack_checkpoint returns 0 now, and the value given to
// stack_restore when longjmp rewinds to it. Needs an asyncified module.
#include <setjmp.h>

#include <wasix/wasix.hpp>

static_assert(sizeof(static_cast<__jmp_buf_tag*>(nullptr)->__snapshot) == sizeof(wasix::stack_snapshot_t),
              "jmp_buf must hold a stack_snapshot");
static_assert(alignof(__jmp_buf_tag) >= alignof(wasix::stack_snapshot_t), "jmp_buf alignment");

extern "C" __attribute__((returns_twice)) int setjmp(jmp_buf env) {
    auto* const snap = reinterpret_cast<wasix::stack_snapshot_t*>(env->__snapshot);
    env->__mask_saved = 0;
    const auto r = wasix::stack_checkpoint(snap);
    // A failed checkpoint cannot be reported through setjmp's interface:
    // behave as the direct return (a later longjmp then fails loudly).
    if (!r) return 0;
    return static_cast<int>(*r);
}

extern "C" __attribute__((returns_twice)) int _setjmp(jmp_buf env) __attribute__((alias("setjmp")));
