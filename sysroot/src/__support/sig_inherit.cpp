// sig_inherit.cpp - the ignored signals a program inherits (signal_impl.hpp).
//
// A program started by posix_spawn is told by the runtime which signals its
// parent ignored: proc_spawn2 takes a list of dispositions, and the new
// process reads them back with proc_signals_get. The library's own table of
// actions starts with every signal at SIG_DFL, so the first time it is
// consulted in a program the ignored ones are marked SIG_IGN there. (exec
// has no such list: a program started by exec begins with all at SIG_DFL.)
#include <signal.h>

#include <wasix/wasix.hpp>

#include "__support/signal_impl.hpp"

namespace {

int inherited;  // 1 once read (a forked child has the parent's table already)

}  // namespace

extern "C" void __wasix_signal_inherit(void) {
    if (__atomic_exchange_n(&inherited, 1, __ATOMIC_ACQ_REL)) return;
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
