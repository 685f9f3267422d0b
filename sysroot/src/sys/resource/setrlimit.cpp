// setrlimit.cpp - setrlimit(): prlimit of the own process.
#include <sys/resource.h>

extern "C" int setrlimit(int resource, const struct rlimit* rl) {
    return prlimit(0, resource, rl, nullptr);
}
