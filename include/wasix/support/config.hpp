// Which memory model the code is being compiled for, and small helpers the
// other headers share. Hand-written. Under GCC and Clang it includes no header
// at all, so that including <wasix/wasix.hpp> stays cheap.
#pragma once

// The integer types the ABI is spelled in, declared from the compiler's own
// macros rather than by including <stdint.h> and <stddef.h>: in C++ those are
// libc++'s wrappers, whose <__config> alone costs about as much to compile as
// <wasi/api.h> does. The typedefs name the same types as the C library's, so
// including <stdint.h> before or after this header is fine; what the C headers
// add beyond the types (INT32_MAX, NULL, offsetof, ...) needs those headers.
// A compiler without the macros (MSVC, for host code) gets the C headers.
#if defined(__INT8_TYPE__) && defined(__UINT64_TYPE__) && defined(__UINTPTR_TYPE__) && defined(__SIZE_TYPE__)
typedef __INT8_TYPE__ int8_t;
typedef __INT16_TYPE__ int16_t;
typedef __INT32_TYPE__ int32_t;
typedef __INT64_TYPE__ int64_t;
typedef __UINT8_TYPE__ uint8_t;
typedef __UINT16_TYPE__ uint16_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __UINT64_TYPE__ uint64_t;
typedef __INTPTR_TYPE__ intptr_t;
typedef __UINTPTR_TYPE__ uintptr_t;
typedef __SIZE_TYPE__ size_t;
#else
#include <stddef.h>
#include <stdint.h>
#endif

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
