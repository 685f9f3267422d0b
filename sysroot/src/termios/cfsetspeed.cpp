// cfsetspeed.cpp - store both baud rates in t.
#include <termios.h>

extern "C" int cfsetspeed(struct termios* t, speed_t s) {
    t->__c_ispeed = t->__c_ospeed = s;
    return 0;
}
