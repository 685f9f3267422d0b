// closelog.cpp - closelog(): forgets ident and options (there is no
// connection to close, __support/syslog_state.hpp).
#include <syslog.h>

#include "__support/syslog_state.hpp"

extern "C" void closelog(void) {
    wasix_libc::syslog_lock();
    auto& s = wasix_libc::syslog_settings();
    s.ident = nullptr;
    s.options = 0;
    wasix_libc::syslog_unlock();
}
