// Which memory model the code is being compiled for, and small helpers the
// other headers share. Hand-written. Depends only on the C headers so that
// including <wasix/wasix.hpp> stays cheap.
#pragma once

#include <stddef.h>
#include <stdint.h>

#if __cplusplus < 201703L
#error "<wasix/wasix.hpp> needs C++17 or later"
#endif

// WASIX_GUEST is 1 when compiling for a wasm guest (the wrappers exist only
// there); WASIX_GUEST_WASM64 says which model the guest uses.
#if defined(__wasm64__)
#define WASIX_GUEST 1
#define WASIX_GUEST_WASM64 1
#elif defined(__wasm32__)
#define WASIX_GUEST 1
#define WASIX_GUEST_WASM64 0
#else
#define WASIX_GUEST 0
#define WASIX_GUEST_WASM64 0
#endif

namespace wasix {

// Tags for the two memory models; they name the address type of each.
struct wasm32_model {
    using address_type = uint32_t;
};
struct wasm64_model {
    using address_type = uint64_t;
};

namespace detail {

template <class A, class B> struct same_type { static constexpr bool value = false; };
template <class A> struct same_type<A, A> { static constexpr bool value = true; };

template <bool Cond, class T = void> struct enable_if {};
template <class T> struct enable_if<true, T> { using type = T; };
template <bool Cond, class T = void> using enable_if_t = typename enable_if<Cond, T>::type;

template <class T> struct remove_const { using type = T; };
template <class T> struct remove_const<const T> { using type = T; };

template <class T> T&& declval() noexcept;

#if WASIX_GUEST_WASM64
using native_model = wasm64_model;
#elif WASIX_GUEST
using native_model = wasm32_model;
#else
struct no_native_model {};
using native_model = no_native_model;  // a host: no guest pointer is native
#endif

}  // namespace detail
}  // namespace wasix

#if WASIX_GUEST
namespace wasix {
namespace detail {
// The core wasm type of a pointer or usize argument in the guest's model.
#if WASIX_GUEST_WASM64
using iptr = int64_t;
#else
using iptr = int32_t;
#endif
// A plain function, not a template: instantiating one per pointer type made
// the wrappers noticeably slower to compile.
inline iptr address_of(const volatile void* p) noexcept {
    return static_cast<iptr>(reinterpret_cast<uintptr_t>(p));
}
}  // namespace detail
}  // namespace wasix
#endif
