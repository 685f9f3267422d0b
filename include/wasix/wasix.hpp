// <wasix/wasix.hpp>: the WASIX ABI for C++. Hand-written umbrella.
//
// On any compiler: wasix::wasm32 and wasix::wasm64 hold every ABI type with
// the exact layout of that memory model (checked by static_assert), so a host
// runtime can read and write guest memory with them; wasix::abi holds the
// types that are the same in both.
//
// In a wasm guest, additionally: wasix::native names the guest's own model,
// its types are visible as wasix::X, and every import has a typed wrapper
// wasix::f(...) returning wasix::result<T> (a value or a wasix::errno_t).
#pragma once

#include "support/config.hpp"
#include "support/flags.hpp"
#include "support/guest_ptr.hpp"
#include "abi/common.hpp"
#include "abi/wasm32.hpp"
#include "abi/wasm64.hpp"

// In a guest, every area's header (<wasix/core.hpp>, <wasix/sockets.hpp>, ...),
// which also define wasix::native.
#if WASIX_GUEST
#include "functions.hpp"
#endif
