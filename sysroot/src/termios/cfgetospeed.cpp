// cfgetospeed.cpp - the output baud rate stored in t.
#include <termios.h>

extern "C" speed_t cfgetospeed(const struct termios* t) {
    return t->__c_ospeed;
}
