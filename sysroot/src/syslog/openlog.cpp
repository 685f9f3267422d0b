// openlog.cpp - openlog(): remembers ident, options and the default
// facility (__support/syslog_state.hpp).
#include <syslog.h>

#include "__support/syslog_state.hpp"

extern "C" void openlog(const char* ident, int options, int facility) {
    wasix_libc::syslog_lock();
    auto& s = wasix_libc::syslog_settings();
    s.ident = ident;
    s.options = options;
    if (facility != 0) s.facility = facility & LOG_FACMASK;
    wasix_libc::syslog_unlock();
}
