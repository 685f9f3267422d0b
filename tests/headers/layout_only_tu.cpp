// <wasix/abi/wasm32.hpp> alone: what a host runtime includes to read and
// write wasm32 guest memory. It holds every area's types, with their
// static_asserts, and declares no wrapper and no import.
#include <wasix/abi/wasm32.hpp>

namespace w = wasix::wasm32;

// One type of each area, as a wasm32 guest lays it out.
static_assert(sizeof(w::iovec_t) == 8, "shared");
static_assert(sizeof(w::filestat_t) == 64 && alignof(w::filestat_t) == 8, "core");
static_assert(sizeof(w::subscription_t) == 48, "core");
static_assert(sizeof(w::addr_port_t) == 110, "sockets");
static_assert(sizeof(w::proc_spawn_fd_op_t) == 56, "process");
static_assert(sizeof(w::tid_t) == 4, "threads");
static_assert(sizeof(w::epoll_event_t) == 32, "epoll");
static_assert(sizeof(w::reflection_result_t) == 6, "dl");
static_assert(sizeof(w::ptr<char>) == 4, "a wasm32 pointer is 4 bytes on any host");

// Nothing of the guest side: these names would clash with a wrapper, the
// result type or a raw import namespace if the header declared them.
namespace wasix {
int fd_write;
int sock_open;
int proc_fork;
int result;
namespace detail {
int raw_wasi_snapshot_preview1;
int raw_wasix_v1;
}  // namespace detail
}  // namespace wasix

int wasix_layout_only_tu_anchor;
