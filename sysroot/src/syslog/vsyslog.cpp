// vsyslog.cpp - vsyslog(): one line on stderr, "ident[pid]: message", for
// a priority the mask lets through; %m is strerror(errno) as in syslog
// (__support/syslog_state.hpp).
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "__support/syslog_state.hpp"

extern "C" char* __progname;

extern "C" void vsyslog(int priority, const char* fmt, va_list ap) {
    const int saved = errno;
    wasix_libc::syslog_lock();
    const auto s = wasix_libc::syslog_settings();
    wasix_libc::syslog_unlock();
    if (!(s.mask & LOG_MASK(LOG_PRI(priority)))) return;
    // %m first, then the caller's conversions.
    char pattern[1024];
    size_t o = 0;
    for (const char* p = fmt; *p && o + 1 < sizeof pattern; ++p) {
        if (p[0] == '%' && p[1] == 'm') {
            const char* e = strerror(saved);
            for (; *e && o + 1 < sizeof pattern; ++e) {
                if (*e == '%' && o + 2 < sizeof pattern) pattern[o++] = '%';
                pattern[o++] = *e;
            }
            ++p;
        } else {
            if (p[0] == '%' && p[1] == '%' && o + 2 < sizeof pattern) pattern[o++] = *p++;
            pattern[o++] = *p;
        }
    }
    pattern[o] = '\0';
    char msg[2048];
    vsnprintf(msg, sizeof msg, pattern, ap);
    const char* ident = s.ident ? s.ident : (__progname ? __progname : "");
    if (s.options & LOG_PID)
        fprintf(stderr, "%s[%d]: %s\n", ident, static_cast<int>(getpid()), msg);
    else
        fprintf(stderr, "%s: %s\n", ident, msg);
    fflush(stderr);
    errno = saved;
}
