// tzset.cpp - tzset(), tzname, daylight, timezone: the runtime offers no
// time zone data, so local time is UTC (wasi-libc's localtime) and tzset
// says so whatever TZ holds.
#include <time.h>

namespace {
char g_utc[] = "UTC";
}

extern "C" {
char* tzname[2] = {g_utc, g_utc};
int daylight = 0;
long timezone = 0;

void tzset(void) {
    tzname[0] = g_utc;
    tzname[1] = g_utc;
    daylight = 0;
    timezone = 0;
}
}
