// vfork.cpp - vfork() called as a function, not through <unistd.h>'s macro
// (a function pointer, or a file that defined __WASIX_NO_VFORK_MACRO): it is
// fork(), since only the macro can return in the parent a second time
// (__support/vfork.hpp). The macro's halves are in __support/vfork.cpp.
#define __WASIX_NO_VFORK_MACRO 1
#include <unistd.h>

extern "C" pid_t vfork(void) {
    return fork();
}
