#include "__support/sigmask_scope.hpp"

#include <stdint.h>

#include "__support/signal_impl.hpp"

namespace wasix_libc {

sigmask_scope::sigmask_scope(const sigset_t* mask) {
    if (mask == nullptr) return;
    const uint32_t before = __atomic_load_n(&__wasix_sigdelivered, __ATOMIC_ACQUIRE);
    if (__wasix_sigmask_change(SIG_SETMASK, mask, &old_) != 0) return;
    active_ = true;
    interrupted_ = __atomic_load_n(&__wasix_sigdelivered, __ATOMIC_ACQUIRE) != before;
}

bool sigmask_scope::unblocks_pending(const sigset_t* mask) {
    return mask != nullptr && (__atomic_load_n(&__wasix_sigpending, __ATOMIC_ACQUIRE) & ~wasix_signal::to_bits(mask)) != 0;
}

sigmask_scope::~sigmask_scope() {
    if (active_) __wasix_sigmask_change(SIG_SETMASK, &old_, nullptr);
}

}  // namespace wasix_libc
