// sig_inherit.cpp - the ignored signals a program inherits (signal_impl.hpp).
//
// A program started by posix_spawn is told by the runtime which signals its
// parent ignored: proc_spawn2 takes a list of dispositions, and the new
// process reads them back with proc_signals_get. The library's own table of
// actions starts with every signal at SIG_DFL, so the first time it is
// consulted in a program the ignored ones are marked SIG_IGN there.
//
// exec has no such list (proc_exec2/proc_exec3 take a path, arguments and
// environment only), so execve passes the ignored signals in the
// environment, as WASIX_SIG_IGN=<hex mask of bit sig-1>; the new program
// reads and removes the variable before main.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include <wasix/wasix.hpp>

#include "__support/signal_impl.hpp"

namespace {

int inherited;  // 1 once read (a forked child has the parent's table already)
uint64_t g_exec_ignored;  // from WASIX_SIG_IGN

constexpr char kExecVar[] = "WASIX_SIG_IGN";

// Before main and any constructor of the program (101 is the first
// priority not reserved), so that the program never sees the variable.
[[gnu::constructor(101)]] void read_exec_ignored() {
    const char* v = getenv(kExecVar);
    if (!v) return;
    char* end = nullptr;
    const unsigned long long bits = strtoull(v, &end, 16);
    if (end != v && *end == '\0') g_exec_ignored = bits;
    unsetenv(kExecVar);
}

}  // namespace

extern "C" int __wasix_signal_exec_env(char* buf, size_t size) {
    __wasix_signal_inherit();
    uint64_t bits = 0;
    for (int sig = 1; sig < _NSIG; ++sig)
        if (__wasix_sigactions[sig].sa_handler == SIG_IGN) bits |= wasix_signal::bit(sig);
    if (bits == 0) return 0;
    const int n = snprintf(buf, size, "%s=%llx", kExecVar, static_cast<unsigned long long>(bits));
    return n > 0 && static_cast<size_t>(n) < size ? n : 0;
}

extern "C" void __wasix_signal_inherit(void) {
    if (__atomic_exchange_n(&inherited, 1, __ATOMIC_ACQ_REL)) return;
    for (int sig = 1; sig < _NSIG; ++sig) {
        if (!(g_exec_ignored & wasix_signal::bit(sig)) || sig == SIGKILL || sig == SIGSTOP) continue;
        if (__wasix_sigactions[sig].sa_handler == SIG_DFL) __wasix_sigactions[sig].sa_handler = SIG_IGN;
    }
    const auto n = wasix::proc_signals_sizes_get();
    if (!n || *n == 0) return;
    wasix::signal_disposition_t records[_NSIG];
    static_assert(sizeof records[0] == 2, "signal_disposition is two bytes");
    if (*n > _NSIG) return;  // more than there are signals: not understood
    if (!wasix::proc_signals_get(reinterpret_cast<uint8_t*>(records))) return;
    for (size_t i = 0; i < *n; ++i) {
        const int sig = static_cast<int>(records[i].sig);
        if (!wasix_signal::valid(sig) || sig == SIGKILL || sig == SIGSTOP) continue;
        if (records[i].disp == wasix::disposition_t::ignore && __wasix_sigactions[sig].sa_handler == SIG_DFL)
            __wasix_sigactions[sig].sa_handler = SIG_IGN;
    }
}
