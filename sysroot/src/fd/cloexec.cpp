// cloexec.cpp - the close-on-exec bits (see cloexec.hpp).
#include <wasix/wasix.hpp>

#include "cloexec.hpp"

namespace {
// One bit per descriptor; updated atomically so threads may dup/close
// concurrently.
unsigned int bits[wasix_process::cloexec_max / 32];
}

extern "C" void __wasix_fd_set_cloexec(int fd, int on) {
    if (fd < 0 || fd >= wasix_process::cloexec_max) return;
    const unsigned int mask = 1u << (fd % 32);
    if (on)
        __atomic_fetch_or(&bits[fd / 32], mask, __ATOMIC_RELAXED);
    else
        __atomic_fetch_and(&bits[fd / 32], ~mask, __ATOMIC_RELAXED);
}

extern "C" int __wasix_fd_get_cloexec(int fd) {
    if (fd < 0 || fd >= wasix_process::cloexec_max) return 0;
    return (__atomic_load_n(&bits[fd / 32], __ATOMIC_RELAXED) >> (fd % 32)) & 1u;
}

extern "C" void __wasix_fd_close_cloexec(void) {
    for (int w = 0; w < wasix_process::cloexec_max / 32; ++w) {
        unsigned int word = __atomic_exchange_n(&bits[w], 0u, __ATOMIC_RELAXED);
        while (word) {
            const int b = __builtin_ctz(word);
            word &= word - 1;
            (void)wasix::fd_close(wasix::fd_t{w * 32 + b});
        }
    }
}
