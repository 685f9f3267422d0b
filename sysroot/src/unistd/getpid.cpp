// getpid.cpp - getpid() over proc_id.
#include <unistd.h>

#include <wasix/wasix.hpp>

extern "C" pid_t getpid(void) {
    const auto r = wasix::proc_id();
    return r ? static_cast<pid_t>(*r) : 1;
}
