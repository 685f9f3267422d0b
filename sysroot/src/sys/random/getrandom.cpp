// getrandom.cpp - getrandom(): the runtime's random_get, which never blocks
// and never runs dry, so every flag combination Linux accepts fills the
// whole buffer; unknown flags and GRND_RANDOM|GRND_INSECURE are EINVAL.
#include <errno.h>
#include <limits.h>
#include <sys/random.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"

extern "C" ssize_t getrandom(void* buf, size_t len, unsigned flags) {
    if (flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) return wasix_libc::fail_posix(EINVAL);
    if ((flags & GRND_RANDOM) && (flags & GRND_INSECURE)) return wasix_libc::fail_posix(EINVAL);
    // Linux returns at most 32 MiB - 1 per call.
    if (len > 0x1ffffff) len = 0x1ffffff;
    if (len == 0) return 0;
    const auto r = wasix::random_get(static_cast<uint8_t*>(buf), len);
    if (!r) return wasix_libc::fail(r.error());
    return static_cast<ssize_t>(len);
}
