// Compile test of <wasix/wasix.hpp>: built with g++ and clang++-19 on the host
// (C++17, C++20, C++23) and with clang++-19 --target=wasm32-wasi, each with
// -Wall -Wextra -Werror (see CMakeLists.txt). Everything checked here is
// checked at compile time; the run-time twin is headers_host_test.cpp.
#include "host_runtime.hpp"

#include <wasix/wasix.hpp>
#include <wasix/support/result.hpp>

#include <stddef.h>  // offsetof: the wasix headers include no C header
#include <type_traits>

namespace abi = wasix::abi;
namespace w32 = wasix::wasm32;
namespace w64 = wasix::wasm64;

// ---- flags: 64-bit rights, bits >= 31, all operators -----------------------
static_assert(std::is_same<std::underlying_type<abi::rights_t>::type, uint64_t>::value, "rights is u64");
static_assert(static_cast<uint64_t>(abi::rights_t::sock_send_to) == (uint64_t{1} << 38), "rights bit 38");
static_assert(static_cast<uint64_t>(abi::rights_t::fd_datasync) == 1, "rights bit 0");
constexpr abi::rights_t kRw = abi::rights_t::fd_read | abi::rights_t::sock_send_to;
static_assert(abi::to_underlying(kRw) == ((uint64_t{1} << 38) | 2u), "| keeps high bits");
static_assert(abi::to_underlying(kRw & abi::rights_t::sock_send_to) == (uint64_t{1} << 38), "&");
static_assert(abi::to_underlying(kRw ^ abi::rights_t::fd_read) == (uint64_t{1} << 38), "^");
static_assert(abi::to_underlying(~abi::rights_t{}) == ~uint64_t{0}, "~ over 64 bits");
static_assert(abi::has_all(kRw, abi::rights_t::sock_send_to) && !abi::has_all(kRw, abi::rights_t::fd_seek), "has_all");
static_assert(abi::has_any(kRw, abi::rights_t::fd_read | abi::rights_t::fd_seek), "has_any");
constexpr abi::rights_t compound() {
    abi::rights_t r{};
    r |= abi::rights_t::sock_send_to;
    r |= abi::rights_t::fd_seek;
    r &= ~abi::rights_t::fd_seek;
    r ^= abi::rights_t::fd_datasync;
    return r;
}
static_assert(abi::to_underlying(compound()) == ((uint64_t{1} << 38) | 1u), "compound assignment is constexpr");
// ~ of a narrow flags type stays within its repr.
static_assert(abi::to_underlying(~abi::fdflags_t{}) == static_cast<std::underlying_type<abi::fdflags_t>::type>(~0u),
              "~ on a narrow repr");
// Enums (not flags) have no bitwise operators.
template <class E, class = void> struct has_or : std::false_type {};
template <class E> struct has_or<E, decltype(void(std::declval<E>() | std::declval<E>()))> : std::true_type {};
static_assert(has_or<abi::rights_t>::value && has_or<abi::fdflags_t>::value, "flags have |");
static_assert(!has_or<abi::errno_t>::value && !has_or<abi::filetype_t>::value, "enums do not");

// ---- handles are distinct types, not ints ----------------------------------
static_assert(!std::is_convertible<int, abi::fd_t>::value, "int -> fd_t must not convert");
static_assert(!std::is_convertible<abi::fd_t, int>::value, "fd_t -> int must not convert");
static_assert(!std::is_convertible<abi::pid_t, abi::fd_t>::value, "pid_t -> fd_t must not convert");
static_assert(!std::is_convertible<abi::tid_t, abi::pid_t>::value, "tid_t -> pid_t must not convert");
static_assert(!std::is_same<abi::fd_t, abi::pid_t>::value && !std::is_same<abi::pid_t, abi::tid_t>::value, "distinct");
static_assert(sizeof(abi::fd_t) == 4 && alignof(abi::fd_t) == 4, "handles are 32-bit");
static_assert(host_runtime::slot_of(abi::fd_t{7}) == 7, "explicit construction works");

// ---- naming rule: leading underscore for keywords, macros, digits ----------
static_assert(static_cast<int>(abi::errno_t::success) == 0 && static_cast<int>(abi::errno_t::_2big) == 1, "_2big");
static_assert(static_cast<int>(abi::bool_t::_true) == 1 && static_cast<int>(abi::bool_t::_false) == 0, "_true");

// ---- both memory models, everywhere ----------------------------------------
static_assert(sizeof(w32::iovec_t) == 8 && alignof(w32::iovec_t) == 4, "wasm32 iovec");
static_assert(sizeof(w64::iovec_t) == 16 && alignof(w64::iovec_t) == 8, "wasm64 iovec");
static_assert(offsetof(w64::ciovec_t, buf_len) == 8, "wasm64 ciovec::buf_len");
static_assert(sizeof(w32::ptr<uint8_t>) == 4 && sizeof(w64::ptr<uint8_t>) == 8, "guest pointers");
static_assert(std::is_same<w32::usize, uint32_t>::value && std::is_same<w64::usize, uint64_t>::value, "usize");
static_assert(std::is_trivially_copyable<w32::iovec_t>::value && std::is_trivially_copyable<w64::prestat_t>::value,
              "ABI structs are trivially copyable");
static_assert(std::is_trivially_default_constructible<w32::ptr<uint8_t>>::value, "ptr is trivial like a pointer");
static_assert(std::is_same<w32::fd_t, abi::fd_t>::value && std::is_same<w64::rights_t, abi::rights_t>::value,
              "model namespaces share the model-independent types");
static_assert(sizeof(abi::subscription_t) == 48 && sizeof(abi::event_t) == 32 && sizeof(abi::fdstat_t) == 24,
              "preview1 structs");

// A guest pointer converts to a real pointer only in a guest of its model.
#if WASIX_GUEST && !WASIX_GUEST_WASM64
static_assert(std::is_constructible<w32::ptr<uint8_t>, uint8_t*>::value, "wasm32 guest: from T*");
#else
static_assert(!std::is_constructible<w32::ptr<uint8_t>, uint8_t*>::value, "not from T* here");
#endif
static_assert(!std::is_constructible<w64::ptr<uint8_t>, uint8_t*>::value || WASIX_GUEST_WASM64, "wasm64 ptr");
static_assert(!std::is_convertible<uint32_t, w32::ptr<uint8_t>>::value, "address -> ptr is explicit");
constexpr w64::ptr<const char> kHigh{uint64_t{0x100000000}};
static_assert(kHigh.address() == uint64_t{0x100000000} && static_cast<bool>(kHigh), "64-bit address round trip");
static_assert(!w32::ptr<char>(nullptr), "null");

// ---- results ----------------------------------------------------------------
using r_int = wasix::basic_result<int, abi::errno_t>;
constexpr r_int kOk(42);
constexpr r_int kBad = r_int::failure(abi::errno_t::badf);
static_assert(kOk.has_value() && kOk.value() == 42 && kOk.error() == abi::errno_t::success, "ok result");
static_assert(!kBad.has_value() && kBad.error() == abi::errno_t::badf && kBad.value_or(-1) == -1, "failed result");
static_assert(!r_int::failure(abi::errno_t::inval).has_value(), "failure()");
#if defined(__cpp_lib_expected)
#include <expected>
static_assert(std::is_convertible<r_int, std::expected<int, abi::errno_t>>::value, "converts to std::expected");
#endif

// ---- run-time code over the types (must compile without warnings) ---------
int host_fd_write_length(unsigned char* memory, uint64_t size, uint64_t iovs, uint64_t count, bool wasm64) {
    host_runtime::memory mem{memory, size};
    uint64_t total = 0;
    const abi::errno_t e = wasm64 ? host_runtime::gather_length<w64::ciovec_t>(mem, iovs, count, total)
                                  : host_runtime::gather_length<w32::ciovec_t>(mem, iovs, count, total);
    return e == abi::errno_t::success ? static_cast<int>(total) : -static_cast<int>(e);
}

int variants(unsigned char* memory, uint64_t size) {
    host_runtime::memory mem{memory, size};
    w32::prestat_t pre = w32::prestat_t::make_dir(w32::prestat_dir_t{12});
    abi::option_fd_t some = abi::option_fd_t::make_some(abi::fd_t{3});
    const abi::option_fd_t none = abi::option_fd_t::make_none(0);
    abi::subscription_clock_t clock{};
    clock.id = abi::clockid_t::monotonic;
    clock.timeout = 1000;
    abi::subscription_u_t u = abi::subscription_u_t::make_clock(clock);
    int n = 0;
    if (pre.is_dir() && pre.get_dir()->pr_name_len == 12) ++n;
    if (some.is_some() && some.get_some() && *some.get_some() == abi::fd_t{3} && !some.get_none()) ++n;
    if (none.is_none() && !none.get_some()) ++n;
    if (u.is_clock() && !u.is_fd_read() && u.get_clock()->timeout == 1000) ++n;
    if (!mem.write(0, pre)) return -1;
    return n;
}

#if WASIX_GUEST
// In a guest, wasix::X is the guest's own model and the wrappers exist.
static_assert(std::is_same<wasix::iovec_t, wasix::native::iovec_t>::value, "wasix::X is the native model");
static_assert(std::is_same<wasix::result<wasix::fd_t>, decltype(wasix::fd_dup(wasix::fd_t{}))>::value, "fd_dup");
int guest_calls() {
    const char text[] = "hi\n";
    wasix::ciovec_t iov{reinterpret_cast<const uint8_t*>(text), 3};
    wasix::result<wasix::size_t> n = wasix::fd_write(wasix::fd_t{1}, {&iov, 1});
    wasix::result<wasix::fd_t> d = wasix::fd_dup(wasix::fd_t{1});
    return n.has_value() && d.has_value() ? static_cast<int>(n.value()) : static_cast<int>(n.error());
}
#endif
