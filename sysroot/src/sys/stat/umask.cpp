// umask.cpp - umask(): the process's file-creation mask, kept by the layer
// (Linux's default 022). The runtime takes no mode when it creates a file,
// so the mask is reported, not applied (README, limits).
#include <sys/stat.h>

namespace {
mode_t g_mask = 022;
}

extern "C" mode_t umask(mode_t mask) { return __atomic_exchange_n(&g_mask, mask & 0777, __ATOMIC_ACQ_REL); }
