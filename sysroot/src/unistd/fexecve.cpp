// fexecve.cpp - WASIX can only exec by path, and a descriptor's path is not
// known: ENOSYS.
#include <errno.h>
#include <unistd.h>

extern "C" int fexecve(int, char* const[], char* const[]) {
    errno = ENOSYS;
    return -1;
}
