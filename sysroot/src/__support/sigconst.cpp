// sigconst.cpp - the functions whose addresses are SIG_IGN, SIG_ERR and
// SIG_HOLD (see <signal.h>). They are never called as handlers; their
// bodies differ so that no optimizer (wasm-opt's duplicate function
// elimination) merges them into one address.
#include <signal.h>

namespace {
volatile int touched;
}

extern "C" void __wasix_sig_ign(int) {}
extern "C" void __wasix_sig_err(int) { __builtin_trap(); }
extern "C" void __wasix_sig_hold(int sig) { touched = sig; }
