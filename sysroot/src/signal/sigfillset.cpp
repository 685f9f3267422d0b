// sigfillset.cpp - sigfillset(): every signal in the set.
#include <signal.h>
#include <stdint.h>

#include "__support/signal_impl.hpp"

extern "C" int sigfillset(sigset_t* set) {
    wasix_signal::from_bits(~uint64_t{0}, set);
    return 0;
}
