// thread_spawn.cpp - start a thread with WASIX thread_spawn_v2.
//
// The runtime reads the 64-byte thread_start record, creates the thread and
// calls the module's export wasi_thread_start(tid, &record) on it
// (wasi_thread_start.s), which installs the stack and TLS described by the
// record and then calls __wasix_thread_entry below.
#include <errno.h>
#include <stdint.h>

#include <wasix/wasix.hpp>

#include "__support/wasix_libc_glue.h"
#include "__support/errno_map.hpp"
#include "__support/stack_guard.h"

static_assert(sizeof(wasix::thread_start_t) == WASIX_THREAD_START_BLOCK_SIZE,
              "thread_start record size");

namespace {

using entry_fn = void (*)(int, void*);

wasix::pointersize_t address(const void* p) noexcept {
    return static_cast<wasix::pointersize_t>(reinterpret_cast<uintptr_t>(p));
}

}  // namespace

extern "C" int __wasix_thread_spawn(void* start_block, void* stack_top, size_t stack_size,
                                    size_t guard_size, void* tls_base,
                                    void (*entry)(int, void*), void* arg) {
    // The record is plain data (trivial type); the block is raw memory.
    auto* const start = static_cast<wasix::thread_start_t*>(start_block);
    *start = wasix::thread_start_t{};
    start->stack = address(stack_top);  // upper end: the stack grows down
    start->tls_base = address(tls_base);
    start->start_funct = address(reinterpret_cast<const void*>(entry));
    start->start_args = address(arg);
    start->stack_size = static_cast<wasix::pointersize_t>(stack_size);
    start->guard_size = static_cast<wasix::pointersize_t>(guard_size);
    const auto tid = wasix::thread_spawn_v2(start);
    if (!tid) {
        const int err = wasix_libc::posix_errno(tid.error());
        return -(err ? err : EAGAIN);
    }
    return static_cast<int>(*tid);
}

// Called by wasi_thread_start once __stack_pointer and the TLS block are set.
extern "C" void __wasix_thread_entry(int tid, void* start_block) {
    const auto* start = static_cast<const wasix::thread_start_t*>(start_block);
    // The stack is a block of the heap: its overflow must trap before it
    // writes below it (stack_guard.s).
    if (start->stack_size != 0)
        __wasix_stack_guard(reinterpret_cast<const void*>(static_cast<uintptr_t>(start->stack - start->stack_size)),
                            start->stack_size);
    const auto entry = reinterpret_cast<entry_fn>(static_cast<uintptr_t>(start->start_funct));
    entry(tid, reinterpret_cast<void*>(static_cast<uintptr_t>(start->start_args)));
    // The libc's entry never returns (it ends in pthread_exit); be safe.
    wasix::thread_exit(0);
}
