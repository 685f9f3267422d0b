// syslog.cpp - syslog(): vsyslog with its arguments.
#include <stdarg.h>
#include <syslog.h>

extern "C" void syslog(int priority, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsyslog(priority, fmt, ap);
    va_end(ap);
}
