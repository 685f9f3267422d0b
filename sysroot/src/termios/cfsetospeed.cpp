// cfsetospeed.cpp - store the output baud rate in t (tcsetattr keeps it;
// the runtime has no baud rate).
#include <termios.h>

extern "C" int cfsetospeed(struct termios* t, speed_t s) {
    t->__c_ospeed = s;
    return 0;
}
