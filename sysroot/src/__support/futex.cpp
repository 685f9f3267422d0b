// futex.cpp - blocking primitives of the libc on top of WASIX futex_wait /
// futex_wake / futex_wake_all. Everything that sleeps in the libc (musl's
// __wait, __timedwait, __lock, mutexes, condition variables, semaphores,
// barriers, stdio locks, pthread_join) ends up here through
// __wasix_syscall(SYS_futex, ...) or directly.
#include <errno.h>
#include <stdint.h>

#include <wasix/wasix.hpp>

#include "__support/wasix_libc_glue.h"
#include "__support/errno_map.hpp"

namespace {

// The futex word as the wrappers want it. The libc's futex words are
// `volatile int`; the runtime only looks at the address and the 32 bits.
uint32_t* word(volatile void* addr) noexcept {
    return static_cast<uint32_t*>(const_cast<void*>(addr));
}

// Some tens of µs of watching a word (16-27 µs measured under wasix-run on
// a busy 2-core machine).
constexpr int kSpinRounds = 20000;

}  // namespace

extern "C" int __wasix_futex_wait(volatile void* addr, int expected, long long timeout_ns) {
    const auto timeout = timeout_ns < 0
        ? wasix::option_timestamp_t::make_none(0)
        : wasix::option_timestamp_t::make_some(static_cast<wasix::timestamp_t>(timeout_ns));
    const auto woken = wasix::futex_wait(word(addr), static_cast<uint32_t>(expected), &timeout);
    if (!woken) {
        return wasix_libc::posix_errno(woken.error());
    }
    // Not woken: either the word did not hold `expected` (callers re-check
    // it anyway) or the timeout ran out.
    if (*woken == wasix::bool_t::_false && timeout_ns >= 0) return ETIMEDOUT;
    return 0;
}

// A futex wake reaches a sleeping thread of the runtime only after tens to
// hundreds of µs; a hand-off expected within a few µs (a short thread's
// end, the next thread for a parked worker) is cheaper to watch for.
extern "C" int __wasix_spin_while(volatile void* addr, int value) {
    const auto* const w = static_cast<const volatile int*>(addr);
    for (int i = 0; i < kSpinRounds; ++i) {
        if (__atomic_load_n(w, __ATOMIC_ACQUIRE) != value) return 0;
    }
    return __atomic_load_n(w, __ATOMIC_ACQUIRE) == value;
}

extern "C" void __wasix_futex_wake(volatile void* addr, int count) {
    if (count == 0) return;
    if (count == 1) {
        (void)wasix::futex_wake(word(addr));
        return;
    }
    // WASIX wakes one or all; waking more than asked for is allowed by the
    // futex contract (waiters re-check their condition).
    (void)wasix::futex_wake_all(word(addr));
}
