// Bitwise operators for the generated flags types (enum classes). The
// generator marks each flags type with is_flags; the operators live in the
// namespace of the flags types so argument-dependent lookup finds them.
// Hand-written.
#pragma once

#include "config.hpp"

namespace wasix {
namespace abi {

template <class E> struct is_flags { static constexpr bool value = false; };
// What the generated `template <> struct is_flags<X> : flags_marker {};` derive
// from: one base instead of a member per flags type is less to parse.
struct flags_marker { static constexpr bool value = true; };

template <class E> using flags_only = detail::enable_if_t<is_flags<E>::value, E>;

// The underlying integer of a flags or enum value, e.g. for printing.
template <class E> constexpr auto to_underlying(E e) noexcept { return static_cast<__underlying_type(E)>(e); }

template <class E> constexpr flags_only<E> operator|(E a, E b) noexcept { return E(to_underlying(a) | to_underlying(b)); }
template <class E> constexpr flags_only<E> operator&(E a, E b) noexcept { return E(to_underlying(a) & to_underlying(b)); }
template <class E> constexpr flags_only<E> operator^(E a, E b) noexcept { return E(to_underlying(a) ^ to_underlying(b)); }
// ~ keeps only the bits of the repr (the underlying type is unsigned).
template <class E> constexpr flags_only<E> operator~(E a) noexcept {
    return E(static_cast<__underlying_type(E)>(~to_underlying(a)));
}
template <class E> constexpr flags_only<E>& operator|=(E& a, E b) noexcept { return a = a | b; }
template <class E> constexpr flags_only<E>& operator&=(E& a, E b) noexcept { return a = a & b; }
template <class E> constexpr flags_only<E>& operator^=(E& a, E b) noexcept { return a = a ^ b; }

// True if every bit of `bits` is set in `value`.
template <class E> constexpr detail::enable_if_t<is_flags<E>::value, bool> has_all(E value, E bits) noexcept {
    return (to_underlying(value) & to_underlying(bits)) == to_underlying(bits);
}
// True if any bit of `bits` is set in `value`.
template <class E> constexpr detail::enable_if_t<is_flags<E>::value, bool> has_any(E value, E bits) noexcept {
    return (to_underlying(value) & to_underlying(bits)) != 0;
}

}  // namespace abi
}  // namespace wasix
