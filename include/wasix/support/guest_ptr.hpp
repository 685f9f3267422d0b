// guest_ptr<T, Model>: a pointer stored as a guest address of the model's
// width, so ABI structs have the guest's layout on any host. It converts to
// and from a real T* only inside a guest of the same memory model. Hand-written.
#pragma once

#include "config.hpp"

namespace wasix {

template <class T, class Model> class guest_ptr {
public:
    using element_type = T;
    using address_type = typename Model::address_type;

    guest_ptr() noexcept = default;  // trivial, like a raw pointer member
    constexpr guest_ptr(decltype(nullptr)) noexcept : address_(0) {}
    constexpr explicit guest_ptr(address_type address) noexcept : address_(address) {}

    // From a real pointer: only in a guest whose model matches.
    template <class M = Model, class = detail::enable_if_t<detail::same_type<M, detail::native_model>::value>>
    guest_ptr(T* p) noexcept : address_(static_cast<address_type>(reinterpret_cast<uintptr_t>(p))) {}

    template <class M = Model, class = detail::enable_if_t<detail::same_type<M, detail::native_model>::value>>
    T* get() const noexcept {
        return reinterpret_cast<T*>(static_cast<uintptr_t>(address_));
    }

    constexpr address_type address() const noexcept { return address_; }
    constexpr explicit operator bool() const noexcept { return address_ != 0; }

    friend constexpr bool operator==(guest_ptr a, guest_ptr b) noexcept { return a.address_ == b.address_; }
    friend constexpr bool operator!=(guest_ptr a, guest_ptr b) noexcept { return a.address_ != b.address_; }

private:
    address_type address_;
};

}  // namespace wasix
