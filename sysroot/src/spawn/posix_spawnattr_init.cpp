// posix_spawnattr_init.cpp - no flags, empty sets, zero fields.
#include <spawn.h>
#include <string.h>

extern "C" int posix_spawnattr_init(posix_spawnattr_t* a) {
    memset(a, 0, sizeof *a);
    return 0;
}
