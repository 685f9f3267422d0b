// Must NOT compile cleanly: every fallible wrapper is [[nodiscard]], so a
// discarded result is a warning (an error with -Werror). headers_nodiscard_*
// passes when the compiler reports exactly that for both calls below.
#include <wasix/wasix.hpp>

void discard_results() {
    wasix::fd_close(wasix::fd_t{3});           // result<void>
    wasix::fd_dup(wasix::fd_t{3});             // result<fd_t>
}
