// getrusage.cpp - getrusage(): CPU time as user time (the runtime does not
// split user and system time), the linear memory's size as the maximum
// resident set; children (RUSAGE_CHILDREN) are not measured by the runtime
// and report zeros. Without wasi-libc's emulation flag.
#include <errno.h>
#include <string.h>
#include <sys/resource.h>

#include "__support/cpu_time.hpp"
#include "__support/errno_map.hpp"

extern "C" int getrusage(int who, struct rusage* ru) {
    if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD)
        return wasix_libc::fail_posix(EINVAL);
    struct rusage r;
    memset(&r, 0, sizeof r);
    if (who != RUSAGE_CHILDREN) {
        const uint64_t ns = wasix_libc::cpu_time_ns();
        r.ru_utime.tv_sec = static_cast<time_t>(ns / 1000000000u);
        r.ru_utime.tv_usec = static_cast<suseconds_t>(ns % 1000000000u / 1000u);
        r.ru_maxrss = static_cast<long>(__builtin_wasm_memory_size(0) * 64u);  // KiB
    }
    memcpy(ru, &r, sizeof r);
    return 0;
}
