// affinity.cpp - affinity.hpp.
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "__support/affinity.hpp"

namespace wasix_libc {
namespace {

constexpr unsigned kMaxCpus = 1024;
unsigned char g_mask[kMaxCpus / 8];
bool g_set;

}  // namespace

unsigned long affinity_online_count() noexcept {
    const long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) return 1;
    return n > static_cast<long>(kMaxCpus) ? kMaxCpus : static_cast<unsigned long>(n);
}

int affinity_check(pid_t pid, size_t size) noexcept {
    if (pid != 0 && pid != getpid()) return ESRCH;
    if (size % sizeof(long) != 0 || size * 8 < affinity_online_count()) return EINVAL;
    return 0;
}

bool affinity_get(unsigned cpu) noexcept {
    if (cpu >= affinity_online_count()) return false;
    return !g_set || (g_mask[cpu / 8] & (1u << (cpu % 8)));
}

int affinity_set(const unsigned char* bytes, size_t size) noexcept {
    unsigned char mask[kMaxCpus / 8] = {};
    bool any = false;
    const unsigned long cpus = affinity_online_count();
    for (unsigned i = 0; i < cpus && i / 8 < size; ++i) {
        if (bytes[i / 8] & (1u << (i % 8))) {
            mask[i / 8] = static_cast<unsigned char>(mask[i / 8] | (1u << (i % 8)));
            any = true;
        }
    }
    if (!any) return EINVAL;
    memcpy(g_mask, mask, sizeof mask);
    g_set = true;
    return 0;
}

}  // namespace wasix_libc
