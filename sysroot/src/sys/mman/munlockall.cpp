// munlockall.cpp - munlockall(): nothing is ever paged out.
#include <sys/mman.h>

extern "C" int munlockall(void) { return 0; }
