// priority.cpp - see priority.hpp.
#include "__support/priority.hpp"

#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

#include "__support/children.hpp"

namespace wasix_libc {
namespace {

int value;  // a plain variable: fork copies it, exec starts over

}  // namespace

int nice_value() noexcept { return __atomic_load_n(&value, __ATOMIC_RELAXED); }

void set_nice_value(int v) noexcept { __atomic_store_n(&value, v, __ATOMIC_RELAXED); }

int priority_target(int which, id_t who) noexcept {
    switch (which) {
    case PRIO_PROCESS:
        if (who == 0 || static_cast<pid_t>(who) == getpid()) return 0;
        return process_exists(static_cast<pid_t>(who)) ? -1 : ESRCH;
    case PRIO_PGRP:
        if (who == 0 || static_cast<pid_t>(who) == getpgrp()) return 0;
        return -1;
    case PRIO_USER:
        if (who == 0 || static_cast<uid_t>(who) == getuid()) return 0;
        return -1;
    default:
        return EINVAL;
    }
}

}  // namespace wasix_libc
