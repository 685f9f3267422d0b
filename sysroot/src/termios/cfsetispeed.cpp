// cfsetispeed.cpp - store the input baud rate in t; a value that is no B*
// constant is EINVAL.
#include <errno.h>
#include <termios.h>

#include "__support/errno_map.hpp"
#include "__support/termios_state.hpp"

extern "C" int cfsetispeed(struct termios* t, speed_t s) {
    if (!wasix_libc::valid_speed(s)) return wasix_libc::fail_posix(EINVAL);
    t->__c_ispeed = s;
    return 0;
}
