// longjmp.cpp - longjmp/_longjmp: rewind to the snapshot taken by setjmp,
// which then returns val (1 if val is 0).
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include <wasix/wasix.hpp>

extern "C" void longjmp(jmp_buf env, int val) {
    const auto* const snap = reinterpret_cast<const wasix::stack_snapshot_t*>(env->__snapshot);
    wasix::stack_restore(snap, static_cast<wasix::longsize_t>(val == 0 ? 1 : val));
    // Only reached when the runtime could not rewind (e.g. a jmp_buf that
    // setjmp never filled).
    fputs("longjmp: stack_restore failed (was the module asyncified?)\n", stderr);
    abort();
}

extern "C" void _longjmp(jmp_buf env, int val) __attribute__((alias("longjmp")));
