// syscall.cpp - the one place where musl's __syscall(...) requests are served
// (see libc-overlay/.../arch/wasm32/syscall_arch.h). musl's thread code is
// compiled unmodified and asks "the kernel" for futexes, sched_yield, the
// thread id and the CPU count; this maps those requests onto WASIX and
// answers -ENOSYS for anything else, which musl treats as "not supported"
// (e.g. priority-inheritance mutexes).
#include <errno.h>
#include <time.h>
#include <stdint.h>
#include <string.h>

#include "__support/wasix_libc_glue.h"

namespace {

// musl's internal futex operation codes (src/internal/futex.h).
constexpr long futex_wait_op = 0;
constexpr long futex_wake_op = 1;
constexpr long futex_requeue_op = 3;
constexpr long futex_private_flag = 128;

long futex(long addr, long op, long val, long arg) {
    auto* const word = reinterpret_cast<volatile void*>(addr);
    switch (op & ~futex_private_flag) {
    case futex_wait_op: {
        // arg: relative timeout (const struct timespec*) or null.
        long long timeout_ns = -1;
        if (const auto* ts = reinterpret_cast<const struct timespec*>(arg)) {
            if (ts->tv_sec < 0) return -ETIMEDOUT;
            timeout_ns = static_cast<long long>(ts->tv_sec) * 1000000000LL + ts->tv_nsec;
        }
        const int err = __wasix_futex_wait(word, static_cast<int>(val), timeout_ns);
        return err ? -err : 0;
    }
    case futex_wake_op:
        __wasix_futex_wake(word, static_cast<int>(val));
        return 0;
    case futex_requeue_op:
        // Used by condition variables to move one waiter from the condvar to
        // the mutex: WASIX has no requeue, so wake that waiter instead; it
        // then contends for the mutex itself (correct, slightly less fair).
        __wasix_futex_wake(word, static_cast<int>(val) + static_cast<int>(arg));
        return 0;
    default:
        return -ENOSYS;
    }
}

long sched_getaffinity(long size, long set) {
    // Report thread_parallelism() CPUs as the affinity mask (sysconf counts
    // the bits for _SC_NPROCESSORS_ONLN / _SC_NPROCESSORS_CONF).
    auto* const bytes = reinterpret_cast<unsigned char*>(set);
    const auto n = static_cast<size_t>(size);
    memset(bytes, 0, n);
    const size_t cpus = static_cast<size_t>(__wasix_thread_parallelism());
    for (size_t i = 0; i < cpus && i < n * 8; ++i) {
        bytes[i / 8] = static_cast<unsigned char>(bytes[i / 8] | (1u << (i % 8)));
    }
    return size;
}

}  // namespace

extern "C" long __wasix_syscall(long n, long a, long b, long c, long d, long, long) {
    switch (n) {
    case SYS_futex:
        return futex(a, b, c, d);
    case SYS_sched_yield: {
        const int err = __wasix_sched_yield();
        return err ? -err : 0;
    }
    case SYS_gettid:
        return __wasix_self_tid();
    case SYS_sched_getaffinity:
        return sched_getaffinity(b, c);
    case SYS_set_robust_list:
        // Robust mutexes work within the process (owner-death recovery is
        // not needed: threads cannot be killed); accept the registration.
        return 0;
    default:
        return -ENOSYS;
    }
}
