// thread_info.cpp - small thread queries: id, CPU count, yield.
#include <errno.h>

#include <wasix/wasix.hpp>

#include "wasix_libc_glue.h"

extern "C" int __wasix_thread_id(void) {
    const auto tid = wasix::thread_id();
    if (!tid) return -static_cast<int>(tid.error());
    return static_cast<int>(*tid);
}

extern "C" int __wasix_thread_parallelism(void) {
    const auto n = wasix::thread_parallelism();
    if (!n || *n < 1) return 1;
    return static_cast<int>(*n);
}

extern "C" int __wasix_sched_yield(void) {
    const auto r = wasix::sched_yield();
    return r ? 0 : static_cast<int>(r.error());
}
