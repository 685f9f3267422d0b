// The per-thread hostent buffer.
#include "__support/hostent.hpp"

namespace wasix_libc {

hostent_buf* thread_hostent() noexcept {
    static thread_local hostent_buf buf;
    return &buf;
}

}  // namespace wasix_libc
