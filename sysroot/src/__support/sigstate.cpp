// sigstate.cpp - the signal state (see signal_impl.hpp).
#include "__support/signal_impl.hpp"

extern "C" {
struct sigaction __wasix_sigactions[_NSIG];
uint64_t __wasix_sigmask;
uint64_t __wasix_sigpending;
uint32_t __wasix_sigdelivered;
}
