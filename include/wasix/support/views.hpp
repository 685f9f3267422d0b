// Argument views for the wrappers: string_ref for witx `string` and
// array_view<T> for witx `list`. Both are (pointer, length) pairs that accept
// std::string_view, std::string, std::span, std::vector, C arrays and
// pointer+length without this header including any of them (which would
// multiply the cost of including <wasix/wasix.hpp>). Hand-written.
#pragma once

#include "config.hpp"

namespace wasix {

class string_ref {
public:
    constexpr string_ref() noexcept = default;
    constexpr string_ref(const char* data, ::size_t size) noexcept : data_(data), size_(size) {}
    // A NUL-terminated string; like std::string_view's, `s` must not be null.
    constexpr string_ref(const char* s) noexcept : data_(s), size_(__builtin_strlen(s)) {}
    // Anything with data() and size() of chars: std::string_view, std::string, ...
    template <class S, class = detail::enable_if_t<detail::same_type<
                           decltype(static_cast<const char*>(detail::declval<const S&>().data())), const char*>::value>,
              class = decltype(static_cast<::size_t>(detail::declval<const S&>().size()))>
    constexpr string_ref(const S& s) noexcept : data_(s.data()), size_(static_cast<::size_t>(s.size())) {}

    constexpr const char* data() const noexcept { return data_; }
    constexpr ::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }

private:
    const char* data_ = nullptr;
    ::size_t size_ = 0;
};

template <class T> class array_view {
public:
    using element_type = T;

    constexpr array_view() noexcept = default;
    constexpr array_view(T* data, ::size_t size) noexcept : data_(data), size_(size) {}
    template <::size_t N> constexpr array_view(T (&array)[N]) noexcept : data_(array), size_(N) {}
    // Anything with data() convertible to T* and size(): std::span, std::vector, std::array, ...
    template <class C, class = detail::enable_if_t<!detail::same_type<C, array_view>::value>,
              class = decltype(static_cast<T*>(detail::declval<C&>().data())),
              class = decltype(static_cast<::size_t>(detail::declval<C&>().size()))>
    constexpr array_view(C& c) noexcept : data_(c.data()), size_(static_cast<::size_t>(c.size())) {}
    // A view of non-const elements is also a view of const ones.
    template <class U, class = detail::enable_if_t<detail::same_type<const U, T>::value &&
                                                   !detail::same_type<U, T>::value>>
    constexpr array_view(array_view<U> other) noexcept : data_(other.data()), size_(other.size()) {}

    constexpr T* data() const noexcept { return data_; }
    constexpr ::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr T* begin() const noexcept { return data_; }
    constexpr T* end() const noexcept { return data_ + size_; }
    constexpr T& operator[](::size_t i) const noexcept { return data_[i]; }

private:
    T* data_ = nullptr;
    ::size_t size_ = 0;
};

}  // namespace wasix
