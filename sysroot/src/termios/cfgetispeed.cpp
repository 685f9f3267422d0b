// cfgetispeed.cpp - the input baud rate stored in t.
#include <termios.h>

extern "C" speed_t cfgetispeed(const struct termios* t) {
    return t->__c_ispeed;
}
