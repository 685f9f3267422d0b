// _Fork.cpp - _Fork() is fork(): there are no atfork handlers to skip.
#include <unistd.h>

extern "C" pid_t _Fork(void) {
    return fork();
}
