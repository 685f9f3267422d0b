// sync.cpp - sync(): the runtime writes file data through at each call, so
// there is nothing buffered to flush.
#include <unistd.h>

extern "C" void sync(void) {}
