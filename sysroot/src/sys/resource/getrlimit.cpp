// getrlimit.cpp - getrlimit(): prlimit of the own process.
#include <sys/resource.h>

extern "C" int getrlimit(int resource, struct rlimit* rl) {
    return prlimit(0, resource, nullptr, rl);
}
