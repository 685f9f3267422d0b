// clock.cpp - clock(): the process's CPU time (__support/cpu_time.hpp) in
// CLOCKS_PER_SEC units, without wasi-libc's emulation flag.
#include <time.h>

#include "__support/cpu_time.hpp"

extern "C" clock_t clock(void) {
    return static_cast<clock_t>(wasix_libc::cpu_time_ns() / (1000000000ull / CLOCKS_PER_SEC));
}
