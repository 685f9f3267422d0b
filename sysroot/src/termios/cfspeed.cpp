// cfspeed.cpp - baud-rate accessors and cfmakeraw (plain struct edits).
#include <errno.h>
#include <termios.h>

extern "C" speed_t cfgetospeed(const struct termios* t) { return t->__c_ospeed; }
extern "C" speed_t cfgetispeed(const struct termios* t) { return t->__c_ispeed; }

extern "C" int cfsetospeed(struct termios* t, speed_t s) {
    t->__c_ospeed = s;
    return 0;
}

extern "C" int cfsetispeed(struct termios* t, speed_t s) {
    t->__c_ispeed = s;
    return 0;
}

extern "C" int cfsetspeed(struct termios* t, speed_t s) {
    t->__c_ispeed = t->__c_ospeed = s;
    return 0;
}

extern "C" void cfmakeraw(struct termios* t) {
    t->c_iflag &= ~static_cast<tcflag_t>(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    t->c_oflag &= ~static_cast<tcflag_t>(OPOST);
    t->c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t->c_cflag &= ~static_cast<tcflag_t>(CSIZE | PARENB);
    t->c_cflag |= CS8;
    t->c_cc[VMIN] = 1;
    t->c_cc[VTIME] = 0;
}
