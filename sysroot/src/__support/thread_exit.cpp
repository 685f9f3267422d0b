// thread_exit.cpp - the very last step of a thread.
//
// Another thread frees this thread's stack and TLS block (pthread_join, or
// the reclaim of detached threads) as soon as it sees *done == 1. So after
// that store this code must not touch linear memory: no shadow-stack frame,
// no TLS. wasix::thread_exit has no out-parameter, and at -O2 this function
// needs no stack frame, so the store is followed only by the call.
#include <wasix/wasix.hpp>

#include "__support/wasix_libc_glue.h"

extern "C" [[noreturn]] void __wasix_thread_exit_final(volatile int* done) {
    __atomic_store_n(done, 1, __ATOMIC_SEQ_CST);
    wasix::thread_exit(0);
}
