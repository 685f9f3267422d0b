// cpu_time.cpp - cpu_time.hpp.
#include <wasix/wasix.hpp>

#include "__support/cpu_time.hpp"

namespace wasix_libc {
namespace {

uint64_t monotonic_now() noexcept {
    const auto t = wasix::clock_time_get(wasix::clockid_t::monotonic, 1);
    return t ? static_cast<uint64_t>(*t) : 0;
}

uint64_t g_start;

__attribute__((constructor(10))) void note_start() { g_start = monotonic_now(); }

}  // namespace

uint64_t cpu_time_ns() noexcept {
    const auto t = wasix::clock_time_get(wasix::clockid_t::process_cputime_id, 1);
    if (t) return static_cast<uint64_t>(*t);
    return monotonic_now() - g_start;
}

}  // namespace wasix_libc
