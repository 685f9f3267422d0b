// posix_spawnattr_destroy.cpp - the attributes own nothing.
#include <spawn.h>

extern "C" int posix_spawnattr_destroy(posix_spawnattr_t*) {
    return 0;
}
