// catch_guard.cpp - see catch_guard.hpp.
#include "__support/catch_guard.hpp"

#include <string.h>
#include <unistd.h>

// libc++abi's (both builds define them; the no-exception one answers "none"). Weak: a program
// that never links libc++abi has no exception in flight.
extern "C" __attribute__((weak)) const void* __cxa_current_exception_type(void);
extern "C" __attribute__((weak)) unsigned int __cxa_uncaught_exceptions(void);

namespace wasix_libc {

bool inside_catch(const char* fn) {
    const bool handling = __cxa_current_exception_type && __cxa_current_exception_type() != nullptr;
    const bool propagating = __cxa_uncaught_exceptions && __cxa_uncaught_exceptions() != 0;
    if (!handling && !propagating) return false;
    static const char kWhy[] =
        ": not supported inside a C++ catch block or while an exception propagates "
        "(the stack is unwound with asyncify, which cannot unwind out of a catch block)\n";
    // write(2) directly: stdio may be what the handler is using.
    (void)!write(2, fn, strlen(fn));
    (void)!write(2, kWhy, sizeof kWhy - 1);
    return true;
}

}  // namespace wasix_libc
