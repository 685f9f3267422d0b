// wait_status.cpp - see wait_status.hpp.
#include "__support/wait_status.hpp"

namespace wasix_libc {

int wait_status(const wasix::join_status_t& st) noexcept {
    switch (st.tag) {
    case wasix::join_status_type_t::exit_normal:
        return (static_cast<int>(*st.get_exit_normal()) & 0xff) << 8;
    case wasix::join_status_type_t::exit_signal: {
        const int sig = static_cast<int>(st.get_exit_signal()->signal);
        // A child stopped by the runtime with an exit code but no signal is
        // reported as that exit code.
        if (sig == 0) return (static_cast<int>(st.get_exit_signal()->exit_code) & 0xff) << 8;
        return sig & 0x7f;
    }
    case wasix::join_status_type_t::stopped:
        return ((static_cast<int>(*st.get_stopped()) & 0xff) << 8) | 0x7f;
    default:
        return 0;
    }
}

}  // namespace wasix_libc
