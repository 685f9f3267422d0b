// setlogmask.cpp - setlogmask(): sets the priority mask (0 leaves it) and
// returns the previous one (__support/syslog_state.hpp).
#include <syslog.h>

#include "__support/syslog_state.hpp"

extern "C" int setlogmask(int mask) {
    wasix_libc::syslog_lock();
    auto& s = wasix_libc::syslog_settings();
    const int old = s.mask;
    if (mask != 0) s.mask = mask;
    wasix_libc::syslog_unlock();
    return old;
}
