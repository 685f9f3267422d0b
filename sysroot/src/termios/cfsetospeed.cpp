// cfsetospeed.cpp - store the output baud rate in t (tcsetattr keeps it;
// the runtime has no baud rate); a value that is no B* constant is EINVAL.
#include <errno.h>
#include <termios.h>

#include "__support/errno_map.hpp"
#include "__support/termios_state.hpp"

extern "C" int cfsetospeed(struct termios* t, speed_t s) {
    if (!wasix_libc::valid_speed(s)) return wasix_libc::fail_posix(EINVAL);
    t->__c_ospeed = s;
    return 0;
}
