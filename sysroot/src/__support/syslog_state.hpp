// syslog_state.hpp - what openlog, setlogmask and syslog share.
//
// There is no log daemon to talk to: every message that passes the mask
// is written to stderr as one line, "ident[pid]: message" (the form glibc
// uses for LOG_PERROR), so it is not lost (README, "What the libc
// provides").
#pragma once

namespace wasix_libc {

struct syslog_state {
    const char* ident;  // nullptr: the program's name
    int options;        // LOG_PID & co
    int facility;
    int mask;
};

syslog_state& syslog_settings() noexcept;
void syslog_lock() noexcept;
void syslog_unlock() noexcept;

}  // namespace wasix_libc
