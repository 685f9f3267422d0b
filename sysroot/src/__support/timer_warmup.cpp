// One clock-only poll_oneoff per process (see timer_warmup.hpp).
#include <string.h>

#include <wasix/wasix.hpp>

#include "__support/timer_warmup.hpp"

namespace wasix_libc {
namespace {
int g_done;
}

void ensure_timers() noexcept {
    if (__atomic_load_n(&g_done, __ATOMIC_ACQUIRE)) return;
    wasix::subscription_t sub;
    memset(&sub, 0, sizeof sub);
    sub.u.tag = wasix::eventtype_t::clock;
    sub.u.u.clock.id = wasix::clockid_t::monotonic;
    sub.u.u.clock.timeout = 1000000;  // 1 ms: a zero-length wait does not do it
    wasix::event_t ev;
    (void)wasix::poll_oneoff(&sub, &ev, 1);
    __atomic_store_n(&g_done, 1, __ATOMIC_RELEASE);
}

}  // namespace wasix_libc
