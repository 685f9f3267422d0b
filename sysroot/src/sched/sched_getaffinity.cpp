// sched_getaffinity.cpp - sched_getaffinity(): the CPUs the process may run
// on (__support/affinity.hpp); the rest of the set is cleared.
#define _GNU_SOURCE 1
#include <sched.h>
#include <string.h>

#include "__support/affinity.hpp"
#include "__support/errno_map.hpp"

extern "C" int sched_getaffinity(pid_t pid, size_t size, cpu_set_t* set) {
    if (const int e = wasix_libc::affinity_check(pid, size)) return wasix_libc::fail_posix(e);
    auto* bytes = reinterpret_cast<unsigned char*>(set);
    memset(bytes, 0, size);
    for (unsigned i = 0; i < size * 8; ++i)
        if (wasix_libc::affinity_get(i)) bytes[i / 8] = static_cast<unsigned char>(bytes[i / 8] | (1u << (i % 8)));
    return 0;
}
