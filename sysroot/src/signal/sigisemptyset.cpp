// sigisemptyset.cpp - sigisemptyset(): 1 if the set holds no signal.
#include <signal.h>

#include "__support/signal_impl.hpp"

extern "C" int sigisemptyset(const sigset_t* set) {
    return wasix_signal::to_bits(set) == 0;
}
