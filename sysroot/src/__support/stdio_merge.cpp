// stdio_merge.cpp - see stdio_merge.hpp.
#include "__support/stdio_merge.hpp"

#include <stdlib.h>
#include <string.h>

namespace wasix_libc {
namespace {

// Set before main by the constructor below, cleared for good by
// stdio_unmerge.
int g_merged;

// Runs before main (and before any constructor of the program: priority
// 101 is the first one not reserved): reads and removes the variable.
[[gnu::constructor(101)]] void read_merge_env() {
    const char* v = getenv("WASIX_STDERR_IS_STDOUT");
    if (v != nullptr) {
        __atomic_store_n(&g_merged, strcmp(v, "1") == 0, __ATOMIC_RELAXED);
        unsetenv("WASIX_STDERR_IS_STDOUT");
    }
}

}  // namespace

int output_fd(int fd) noexcept {
    return fd == 2 && __atomic_load_n(&g_merged, __ATOMIC_RELAXED) ? 1 : fd;
}

bool stdio_merged() noexcept {
    return __atomic_load_n(&g_merged, __ATOMIC_RELAXED) != 0;
}

void stdio_unmerge() noexcept {
    __atomic_store_n(&g_merged, 0, __ATOMIC_RELAXED);
}

void stdio_restore(bool merged) noexcept {
    __atomic_store_n(&g_merged, merged ? 1 : 0, __ATOMIC_RELAXED);
}

}  // namespace wasix_libc
