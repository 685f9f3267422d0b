// Compiled once per area header (<wasix/core.hpp>, <wasix/sockets.hpp>, ...),
// alone: each must bring in everything it needs. WASIX_AREA_HEADER names it.
#include WASIX_AREA_HEADER

#if WASIX_GUEST
// The wrappers return wasix::result of the guest's own model.
static_assert(sizeof(wasix::result<void>) == 4, "result<void> holds the import's errno");
static_assert(sizeof(wasix::native::size_t) == sizeof(void*), "native is the guest's own model");
#endif

#ifdef WASIX_AREA_TU_USE_SOCK_OPEN
// Must not compile with <wasix/core.hpp> (headers_area_core_lacks_sockets).
auto* wasix_area_tu_sock_open = &wasix::sock_open;
#endif

int wasix_area_tu_anchor;
