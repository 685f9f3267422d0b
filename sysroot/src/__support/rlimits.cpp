// rlimits.cpp - see rlimits.hpp.
#include "__support/rlimits.hpp"

extern "C" {
// Linker-defined bounds of the main stack.
extern unsigned char __stack_low __attribute__((weak));
extern unsigned char __stack_high __attribute__((weak));
}

namespace wasix_libc {
namespace {

struct rlimit limits[RLIM_NLIMITS];
bool initialised;

}  // namespace

struct rlimit* rlimits() noexcept {
    if (initialised) return limits;
    for (auto& l : limits) l.rlim_cur = l.rlim_max = RLIM_INFINITY;
    limits[RLIMIT_NOFILE].rlim_cur = limits[RLIMIT_NOFILE].rlim_max = 1024;
    limits[RLIMIT_CORE].rlim_cur = limits[RLIMIT_CORE].rlim_max = 0;
    if (&__stack_low && &__stack_high && &__stack_high > &__stack_low)
        limits[RLIMIT_STACK].rlim_cur = limits[RLIMIT_STACK].rlim_max =
            static_cast<rlim_t>(&__stack_high - &__stack_low);
    initialised = true;
    return limits;
}

}  // namespace wasix_libc
