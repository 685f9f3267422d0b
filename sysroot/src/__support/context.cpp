// context.cpp - the switch and the start of a made context (see context.hpp).
#include "context.hpp"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <wasix/wasix.hpp>

#include "errno_map.hpp"
#include "stack_guard.h"

namespace wasix_libc::context {
namespace {

thread_local unsigned long long running = 0;
// The context a switch is about to start: its entry reads it first thing.
thread_local ucontext_t* starting = nullptr;

// The runtime lets a context create others only until it is first resumed
// (QUIRKS.md, "contexts"): main can create until its first switch, a new
// context during its first run. So runtime contexts are made ahead and kept:
// `ready` holds contexts that can run a made function (never started, or
// finished with the last one: entry() loops), and `next_factory` a context
// that has never run, which, when switched to, creates a batch of them and
// the next factory, and switches back.
constexpr int k_ready_max = 64;
constexpr int k_batch = 8;
thread_local unsigned long long ready[k_ready_max];
thread_local int nready;
thread_local unsigned long long next_factory;
thread_local unsigned long long factory_caller;
thread_local int factory_error;
// The status a made context asked the process to end with (-1: none).
thread_local int exit_pending = -1;

inline void* stack_pointer() noexcept {
    void* p;
    __asm__ volatile("global.get __stack_pointer\n\tlocal.set %0" : "=r"(p));
    return p;
}

inline void set_stack_pointer(void* p) noexcept {
    __asm__ volatile("local.get %0\n\tglobal.set __stack_pointer" : : "r"(p));
}

// Suspends the running context and resumes `id`; back here when something
// switches to the caller again. The C stack pointer is kept in a wasm local
// across the switch (the runtime does not switch it), and `running` names
// whoever runs.
wasix::result<void> switch_to(unsigned long long id) noexcept {
    const unsigned long long self = running;
    void* sp = stack_pointer();
    // The stack check's limit is one global too: the caller's goes back
    // before its stack pointer (which is checked against it).
    const unsigned limit = __wasix_stack_limit_get();
    running = id;
    const auto r = wasix::context_switch(id);
    __wasix_stack_limit_set(limit);
    set_stack_pointer(sp);
    running = self;
    return r;
}

// Takes a context from `ready` into *id; false when there is none.
bool take_ready(unsigned long long* id) noexcept {
    if (nready == 0) return false;
    *id = ready[--nready];
    return true;
}

// Calls the function with the int arguments makecontext was given. Each
// count is a separate cast: a wasm call_indirect traps unless the type at the
// call site is the function's own.
[[gnu::noinline]] void call_made(const mcontext_t& m) noexcept {
    const int* a = m.__args;
    void* f = reinterpret_cast<void*>(m.__func);
    switch (m.__argc) {
    case 0: reinterpret_cast<void (*)()>(f)(); break;
    case 1: reinterpret_cast<void (*)(int)>(f)(a[0]); break;
    case 2: reinterpret_cast<void (*)(int, int)>(f)(a[0], a[1]); break;
    case 3: reinterpret_cast<void (*)(int, int, int)>(f)(a[0], a[1], a[2]); break;
    case 4: reinterpret_cast<void (*)(int, int, int, int)>(f)(a[0], a[1], a[2], a[3]); break;
    case 5: reinterpret_cast<void (*)(int, int, int, int, int)>(f)(a[0], a[1], a[2], a[3], a[4]); break;
    default: reinterpret_cast<void (*)(int, int, int, int, int, int)>(f)(a[0], a[1], a[2], a[3], a[4], a[5]); break;
    }
}

[[noreturn]] void fatal(const char* why) noexcept {
    fputs(why, stderr);
    abort();
}

// Runs one made function, then goes on to uc_link (this context is then
// ready for another function), or, with none, ends the process as glibc
// does (exit(0)).
[[gnu::noinline]] void run_made(ucontext_t* uc) noexcept {
    // Copied: the function may reuse or free *uc while it runs.
    const mcontext_t m = uc->uc_mcontext;
    ucontext_t* link = uc->uc_link;
    call_made(m);
    if (link == nullptr) exit(0);
    const bool pooled = nready < k_ready_max;
    if (pooled) ready[nready++] = running;
    if (swap(nullptr, link) != 0) {
        if (pooled) --nready;
        exit(0);
    }
}

// The entry of every made context; it must never return (the runtime traps
// when an entry does). It touches no C stack before it has set the stack
// pointer to the made context's own (it has no addressed locals, so the
// compiler gives it no frame there).
void entry() noexcept {
    for (;;) {
        ucontext_t* uc = starting;
        if (uc == nullptr) fatal("swapcontext: switched to a context whose function has returned\n");
        starting = nullptr;
        const uintptr_t top = reinterpret_cast<uintptr_t>(uc->uc_stack.ss_sp) + uc->uc_stack.ss_size;
        // An overflow of the made context's stack traps (stack_guard.s).
        __wasix_stack_guard(uc->uc_stack.ss_sp, uc->uc_stack.ss_size);
        set_stack_pointer(reinterpret_cast<void*>(top & ~uintptr_t{15}));
        run_made(uc);
    }
}

// 0 or the POSIX errno of context_create.
int create(void (*fn)(), unsigned long long* id) noexcept {
    wasix::native::context_id_t raw = 0;
    const auto r = wasix::context_create(
        &raw, static_cast<wasix::native::function_pointer_t>(reinterpret_cast<uintptr_t>(fn)));
    if (!r) return posix_errno(r.error());
    *id = raw;
    return 0;
}

// A factory's whole run (see above). It borrows the C stack below the
// caller's, which is suspended until the factory switches back.
void factory() noexcept {
    int err = 0;
    for (int i = 0; i < k_batch && nready < k_ready_max && !err; ++i) {
        unsigned long long id = 0;
        if (!(err = create(entry, &id))) ready[nready++] = id;
    }
    if (!err) err = create(factory, &next_factory);
    factory_error = err;
    (void)wasix::context_switch(factory_caller);
    fatal("makecontext: a spent context factory was resumed\n");
}

// A context that can run a made function: 0 or a POSIX errno.
int obtain(unsigned long long* id) noexcept {
    if (take_ready(id)) return 0;
    int err = create(entry, id);
    if (err == 0) {
        if (next_factory == 0) (void)create(factory, &next_factory);
        return 0;
    }
    if (err != ENOTSUP || next_factory == 0) return err;
    const unsigned long long f = next_factory;
    next_factory = 0;
    factory_caller = running;
    factory_error = 0;
    const auto r = switch_to(f);
    if (!r) return posix_errno(r.error());
    if (take_ready(id)) return 0;
    return factory_error != 0 ? factory_error : ENOMEM;
}

}  // namespace

void save_running(ucontext_t* uc) noexcept {
    uc->uc_mcontext = {};
    uc->uc_mcontext.__id = running;
    uc->uc_mcontext.__state = k_started;
    sigprocmask(SIG_BLOCK, nullptr, &uc->uc_sigmask);
}

int swap(ucontext_t* save, const ucontext_t* to) noexcept {
    auto* target = const_cast<ucontext_t*>(to);
    mcontext_t& m = target->uc_mcontext;
    if (m.__error != 0) return fail_posix(m.__error);
    if (save != nullptr) save_running(save);
    // Switching to the running context means going back to where getcontext
    // saved it, which a runtime context cannot do.
    if (m.__id == running) return fail_posix(ENOTSUP);
    if (m.__state == k_made) {
        m.__state = k_started;
        starting = target;
    }
    sigprocmask(SIG_SETMASK, &target->uc_sigmask, nullptr);
    const auto r = switch_to(m.__id);
    if (exit_pending >= 0 && running == 0) _Exit(exit_pending);
    if (!r) return fail(r.error());
    return 0;
}

int make(ucontext_t* uc) noexcept {
    unsigned long long id = 0;
    if (int err = obtain(&id)) return err;
    uc->uc_mcontext.__id = id;
    uc->uc_mcontext.__state = k_made;
    return 0;
}

void release(ucontext_t* uc) noexcept {
    // A made context that never ran goes back to the pool (runtime contexts
    // are never destroyed: QUIRKS.md, "contexts").
    if (uc->uc_mcontext.__state == k_made && uc->uc_mcontext.__error == 0 && nready < k_ready_max)
        ready[nready++] = uc->uc_mcontext.__id;
    uc->uc_mcontext.__state = k_empty;
}

}  // namespace wasix_libc::context

// Called by _Exit (weakly: a program without makecontext does not link
// this file). The process must end from the thread's own context: the
// runtime ends it with status 12, whatever the status asked for, when
// proc_exit comes from a made context (QUIRKS.md, "contexts"). So a made
// context hands the status to the thread's own context, which is suspended
// in a switch and ends the process when it resumes.
extern "C" void __wasix_context_exit(int status) {
    using namespace wasix_libc::context;
    if (running == 0) return;
    exit_pending = status;
    running = 0;
    (void)wasix::context_switch(0);
    // Refused: the caller ends the process from here after all.
}
