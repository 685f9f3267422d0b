// fexecve.cpp - WASIX can only exec by path, and a descriptor's path is not
// known: ENOSYS.
#include <errno.h>
#include <unistd.h>

#include "__support/errno_map.hpp"

extern "C" int fexecve(int, char* const[], char* const[]) {
    return wasix_libc::fail_posix(ENOSYS);
}
