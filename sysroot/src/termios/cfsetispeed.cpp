// cfsetispeed.cpp - store the input baud rate in t.
#include <termios.h>

extern "C" int cfsetispeed(struct termios* t, speed_t s) {
    t->__c_ispeed = s;
    return 0;
}
