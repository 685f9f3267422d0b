// sigbits.cpp - conversion between sigset_t and the 64-bit masks.
#include <string.h>

#include "__support/signal_impl.hpp"

namespace wasix_signal {

uint64_t to_bits(const sigset_t* set) {
    uint64_t bits = 0;
    static_assert(sizeof *set == sizeof bits, "sigset_t is 64 bits");
    memcpy(&bits, set, sizeof bits);
    return bits;
}

void from_bits(uint64_t bits, sigset_t* set) {
    memcpy(set, &bits, sizeof bits);
}

}  // namespace wasix_signal
