// identity.cpp - identity.hpp.
#include <errno.h>

#include "__support/errno_map.hpp"
#include "__support/identity.hpp"

namespace wasix_libc {

int set_own_id(unsigned id, unsigned own) noexcept {
    if (id == static_cast<unsigned>(-1)) return fail_posix(EINVAL);
    if (id != own) return fail_posix(EPERM);
    return 0;
}

}  // namespace wasix_libc
