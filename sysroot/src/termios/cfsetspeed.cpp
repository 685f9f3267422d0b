// cfsetspeed.cpp - store both baud rates in t; a value that is no B*
// constant is EINVAL and changes nothing.
#include <errno.h>
#include <termios.h>

#include "__support/errno_map.hpp"
#include "__support/termios_state.hpp"

extern "C" int cfsetspeed(struct termios* t, speed_t s) {
    if (!wasix_libc::valid_speed(s)) return wasix_libc::fail_posix(EINVAL);
    t->__c_ispeed = t->__c_ospeed = s;
    return 0;
}
