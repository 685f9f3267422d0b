// pthread_sigmask.cpp - pthread_sigmask(): sigprocmask (the mask is per
// process, see signal_impl.hpp) that returns the error instead of setting
// errno.
#include <signal.h>

#include "__support/signal_impl.hpp"

extern "C" int pthread_sigmask(int how, const sigset_t* set, sigset_t* old) {
    return __wasix_sigmask_change(how, set, old);
}
