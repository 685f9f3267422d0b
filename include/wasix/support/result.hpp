// basic_result<T, E>: the value of a call, or the error it returned.
// The wrappers return wasix::result<T> = basic_result<T, wasix::errno_t>.
// It converts to std::expected<T, E> when the standard library has it.
// Hand-written.
#pragma once

#include "config.hpp"

#if __cplusplus > 202002L && defined(__has_include)
#if __has_include(<expected>)
#include <expected>
#endif
#endif

namespace wasix {

namespace detail {
// Using the value of a failed result is a bug in the caller; stop at once
// rather than read garbage. (Wasm guests have no exceptions by default.)
[[noreturn]] inline void bad_result_access() noexcept { __builtin_trap(); }

// Tag for the constructor the generated wrappers use: an import's raw
// errno (0 = success) and, for a value, what the import wrote.
struct from_raw_t {};
constexpr from_raw_t from_raw{};
}  // namespace detail

// The error is kept as the import returned it (an i32 errno, 0 = success):
// checking for success is then exactly what a raw call would do.
template <class T, class E> class [[nodiscard]] basic_result {
public:
    using value_type = T;
    using error_type = E;

    constexpr basic_result(const T& value) noexcept : value_(value), code_(0) {}
    static constexpr basic_result failure(E error) noexcept { return basic_result(error, 0); }
    constexpr basic_result(detail::from_raw_t, int32_t code, const T& value) noexcept : value_(value), code_(code) {}

    constexpr bool has_value() const noexcept { return code_ == 0; }
    constexpr explicit operator bool() const noexcept { return code_ == 0; }

    constexpr T& value() & noexcept {
        if (code_ != 0) detail::bad_result_access();
        return value_;
    }
    constexpr const T& value() const& noexcept {
        if (code_ != 0) detail::bad_result_access();
        return value_;
    }
    constexpr T& operator*() noexcept { return value(); }
    constexpr const T& operator*() const noexcept { return value(); }
    constexpr T* operator->() noexcept { return &value(); }
    constexpr const T* operator->() const noexcept { return &value(); }
    template <class U> constexpr T value_or(U&& fallback) const noexcept {
        return code_ == 0 ? value_ : static_cast<T>(static_cast<U&&>(fallback));
    }
    // The error; E{} (success) when there is a value.
    constexpr E error() const noexcept { return static_cast<E>(code_); }

#if defined(__cpp_lib_expected)
    constexpr operator std::expected<T, E>() const {
        if (code_ == 0) return value_;
        return std::unexpected<E>(error());
    }
#endif

private:
    constexpr basic_result(E error, int) noexcept : value_(), code_(static_cast<int32_t>(error)) {}
    T value_;
    int32_t code_;
};

template <class E> class [[nodiscard]] basic_result<void, E> {
public:
    using value_type = void;
    using error_type = E;

    constexpr basic_result() noexcept : code_(0) {}
    static constexpr basic_result failure(E error) noexcept { return basic_result(error, 0); }
    constexpr basic_result(detail::from_raw_t, int32_t code) noexcept : code_(code) {}

    constexpr bool has_value() const noexcept { return code_ == 0; }
    constexpr explicit operator bool() const noexcept { return code_ == 0; }
    constexpr void value() const noexcept {
        if (code_ != 0) detail::bad_result_access();
    }
    constexpr E error() const noexcept { return static_cast<E>(code_); }

#if defined(__cpp_lib_expected)
    constexpr operator std::expected<void, E>() const {
        if (code_ == 0) return {};
        return std::unexpected<E>(error());
    }
#endif

private:
    constexpr basic_result(E error, int) noexcept : code_(static_cast<int32_t>(error)) {}
    int32_t code_;
};

}  // namespace wasix
