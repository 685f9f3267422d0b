// sigemptyset.cpp - sigemptyset(): no signal in the set.
#include <signal.h>

#include "__support/signal_impl.hpp"

extern "C" int sigemptyset(sigset_t* set) {
    wasix_signal::from_bits(0, set);
    return 0;
}
