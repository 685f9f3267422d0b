// thread_info.cpp - small thread queries: id, CPU count, yield.
#include <errno.h>

#include <wasix/wasix.hpp>

#include "__support/wasix_libc_glue.h"
#include "__support/errno_map.hpp"

extern "C" int __wasix_thread_id(void) {
    const auto tid = wasix::thread_id();
    if (!tid) return -wasix_libc::posix_errno(tid.error());
    return static_cast<int>(*tid);
}

extern "C" int __wasix_thread_parallelism(void) {
    const auto n = wasix::thread_parallelism();
    if (!n || *n < 1) return 1;
    return static_cast<int>(*n);
}

extern "C" int __wasix_sched_yield(void) {
    const auto r = wasix::sched_yield();
    return r ? 0 : wasix_libc::posix_errno(r.error());
}
