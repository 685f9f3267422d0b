// chmod.cpp - chmod(). WASI files have no permission bits, so there is
// nothing to change: chmod, fchmod and fchmodat succeed when the file exists
// (and fail like stat would otherwise) and ignore the mode. libc++'s
// filesystem library calls them (permissions, copy_file).
#include <sys/stat.h>

extern "C" int chmod(const char* path, mode_t) {
    struct stat st;
    return stat(path, &st);
}
