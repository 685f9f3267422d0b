// Run-time checks of <wasix/wasix.hpp> on the host: the ABI structs as a
// runtime uses them on a guest's memory (a byte buffer), flags operators,
// handles, variant make_/get_/is_, guest_ptr addresses and basic_result.
#include "host_runtime.hpp"

#include <wasix/wasix.hpp>
#include <wasix/support/result.hpp>

#include <catch2/catch.hpp>

#include <cstring>
#include <type_traits>
#include <vector>

namespace abi = wasix::abi;
namespace w32 = wasix::wasm32;
namespace w64 = wasix::wasm64;

namespace {

void put_u32(std::vector<unsigned char>& m, uint64_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) m[at + i] = static_cast<unsigned char>(v >> (8 * i));
}
void put_u64(std::vector<unsigned char>& m, uint64_t at, uint64_t v) {
    for (int i = 0; i < 8; ++i) m[at + i] = static_cast<unsigned char>(v >> (8 * i));
}

}  // namespace

TEST_CASE("a wasm32 iovec array is read from guest memory bytes", "[headers][host]") {
    // Guest memory: "hello" at 100, " world" at 200, two ciovecs at 16.
    std::vector<unsigned char> m(256, 0);
    std::memcpy(&m[100], "hello", 5);
    std::memcpy(&m[200], " world", 6);
    put_u32(m, 16, 100);
    put_u32(m, 20, 5);
    put_u32(m, 24, 200);
    put_u32(m, 28, 6);
    host_runtime::memory mem{m.data(), m.size()};

    w32::ciovec_t first;
    REQUIRE(mem.read(16, first));
    CHECK(first.buf.address() == 100u);
    CHECK(first.buf_len == 5u);

    uint64_t total = 0;
    CHECK(host_runtime::gather_length<w32::ciovec_t>(mem, 16, 2, total) == abi::errno_t::success);
    CHECK(total == 11);
    unsigned char out[32] = {};
    REQUIRE(host_runtime::gather<w32::ciovec_t>(mem, 16, 2, out, sizeof out) == 11);
    CHECK(std::memcmp(out, "hello world", 11) == 0);

    // A buffer running past the end of memory is a fault, not a read.
    put_u32(m, 28, 1000);
    CHECK(host_runtime::gather_length<w32::ciovec_t>(mem, 16, 2, total) == abi::errno_t::fault);
    // So is an iovec array that is itself out of bounds.
    CHECK(host_runtime::gather_length<w32::ciovec_t>(mem, 252, 1, total) == abi::errno_t::fault);
}

TEST_CASE("a wasm64 iovec has 8-byte address and length", "[headers][host]") {
    std::vector<unsigned char> m(128, 0);
    std::memcpy(&m[64], "abc", 3);
    put_u64(m, 8, 64);
    put_u64(m, 16, 3);
    host_runtime::memory mem{m.data(), m.size()};
    w64::ciovec_t v;
    REQUIRE(mem.read(8, v));
    CHECK(v.buf.address() == 64u);
    CHECK(v.buf_len == 3u);
    uint64_t total = 0;
    CHECK(host_runtime::gather_length<w64::ciovec_t>(mem, 8, 1, total) == abi::errno_t::success);
    CHECK(total == 3);

    // The same bytes read as wasm32 iovecs mean something else: two entries.
    w32::ciovec_t narrow;
    REQUIRE(mem.read(8, narrow));
    CHECK(narrow.buf.address() == 64u);
    CHECK(narrow.buf_len == 0u);  // the high half of the 64-bit address
}

TEST_CASE("a runtime stores fdstat at the guest's out-pointer", "[headers][host]") {
    std::vector<unsigned char> m(64, 0xEE);
    host_runtime::memory mem{m.data(), m.size()};
    const abi::rights_t base = abi::rights_t::fd_read | abi::rights_t::sock_send_to;
    REQUIRE(host_runtime::store_fdstat(mem, 8, abi::filetype_t::character_device, abi::fdflags_t::append, base,
                                       abi::rights_t{}));
    CHECK(m[8] == 2);                      // fs_filetype (u8) at 0
    CHECK(m[10] == 1);                     // fs_flags (u16) at 2
    uint64_t rights = 0;
    std::memcpy(&rights, &m[16], 8);       // fs_rights_base at 8
    CHECK(rights == ((uint64_t{1} << 38) | 2u));
    CHECK(!host_runtime::store_fdstat(mem, 48, abi::filetype_t::unknown, abi::fdflags_t{}, base, base));
}

TEST_CASE("flags operators, including rights bits above 31", "[headers][host]") {
    using abi::rights_t;
    CHECK(abi::to_underlying(rights_t::sock_send_to) == (uint64_t{1} << 38));
    rights_t r = rights_t::fd_read;
    r |= rights_t::sock_send_to;
    CHECK(abi::has_all(r, rights_t::sock_send_to));
    CHECK(abi::has_any(r, rights_t::sock_send_to | rights_t::fd_seek));
    CHECK_FALSE(abi::has_all(r, rights_t::sock_send_to | rights_t::fd_seek));
    r &= ~rights_t::fd_read;
    CHECK(r == rights_t::sock_send_to);
    r ^= rights_t::sock_send_to;
    CHECK(r == rights_t{});
    CHECK(abi::to_underlying(~rights_t{}) == ~uint64_t{0});
    CHECK(host_runtime::allowed(rights_t::fd_read | rights_t::sock_send_to, rights_t::sock_send_to));
    CHECK_FALSE(host_runtime::allowed(rights_t::fd_read, rights_t::sock_send_to));

    abi::fdflags_t f = abi::fdflags_t::append | abi::fdflags_t::nonblock;
    CHECK(abi::to_underlying(f) == 5u);
    CHECK(sizeof(abi::to_underlying(~f)) == sizeof(abi::fdflags_t));
}

TEST_CASE("handles are distinct types", "[headers][host]") {
    STATIC_REQUIRE_FALSE(std::is_convertible<int, abi::fd_t>::value);
    STATIC_REQUIRE_FALSE(std::is_convertible<abi::fd_t, abi::pid_t>::value);
    const abi::fd_t fd{5};
    CHECK(host_runtime::slot_of(fd) == 5);
    CHECK(abi::to_underlying(abi::pid_t{-1}) == -1);
}

TEST_CASE("variant make_/is_/get_", "[headers][host]") {
    abi::option_fd_t some = abi::option_fd_t::make_some(abi::fd_t{9});
    CHECK(some.tag == abi::option_t::some);
    CHECK(some.is_some());
    CHECK_FALSE(some.is_none());
    REQUIRE(some.get_some() != nullptr);
    CHECK(*some.get_some() == abi::fd_t{9});
    CHECK(some.get_none() == nullptr);
    *some.get_some() = abi::fd_t{10};
    CHECK(some.u.some == abi::fd_t{10});

    const abi::option_fd_t none = abi::option_fd_t::make_none(0);
    CHECK(none.is_none());
    CHECK(none.get_some() == nullptr);

    abi::subscription_fd_readwrite_t rw{abi::fd_t{4}};
    abi::subscription_u_t u = abi::subscription_u_t::make_fd_write(rw);
    CHECK(u.is_fd_write());
    CHECK_FALSE(u.is_clock());
    CHECK(u.get_clock() == nullptr);
    REQUIRE(u.get_fd_write() != nullptr);
    CHECK(u.get_fd_write()->file_descriptor == abi::fd_t{4});

    // The tag is at offset 0 and the payload where the static_asserts say.
    w32::prestat_t p = w32::prestat_t::make_dir(w32::prestat_dir_t{7});
    unsigned char bytes[sizeof p];
    std::memcpy(bytes, &p, sizeof p);
    CHECK(bytes[0] == 0);  // preopentype dir
    uint32_t len = 0;
    std::memcpy(&len, bytes + offsetof(w32::prestat_t, u), 4);
    CHECK(len == 7u);
    w64::prestat_t p64 = w64::prestat_t::make_dir(w64::prestat_dir_t{uint64_t{1} << 40});
    CHECK(sizeof p64 == 16);
    CHECK(p64.get_dir()->pr_name_len == (uint64_t{1} << 40));
}

TEST_CASE("guest_ptr keeps the guest address", "[headers][host]") {
    const w64::ptr<uint8_t> high{uint64_t{0xFFFF'FFFF'0000'0010}};
    CHECK(high.address() == uint64_t{0xFFFF'FFFF'0000'0010});
    CHECK(static_cast<bool>(high));
    const w32::ptr<const char> low{uint32_t{0xFFFF'FFF0}};
    CHECK(low.address() == 0xFFFF'FFF0u);
    const w32::ptr<const char> null = nullptr;
    CHECK_FALSE(static_cast<bool>(null));
    CHECK(null.address() == 0u);
    CHECK(low != null);
    CHECK(low == w32::ptr<const char>{uint32_t{0xFFFF'FFF0}});

    // Written into a struct and read back through bytes.
    w32::iovec_t v{w32::ptr<uint8_t>{uint32_t{0x1234}}, 99};
    unsigned char b[8];
    std::memcpy(b, &v, 8);
    CHECK((b[0] == 0x34 && b[1] == 0x12 && b[2] == 0 && b[3] == 0));
    w32::iovec_t back;
    std::memcpy(&back, b, 8);
    CHECK(back.buf == v.buf);
    CHECK(back.buf_len == 99u);
}

TEST_CASE("basic_result: value, error, value_or", "[headers][host]") {
    using R = wasix::basic_result<uint32_t, abi::errno_t>;
    const R ok(42u);
    CHECK(ok.has_value());
    CHECK(static_cast<bool>(ok));
    CHECK(ok.value() == 42u);
    CHECK(*ok == 42u);
    CHECK(ok.error() == abi::errno_t::success);
    CHECK(ok.value_or(7u) == 42u);

    // The wrappers' path: an import's raw errno and the value it wrote.
    const R written(wasix::detail::from_raw, 0, 5u);
    CHECK(written.value() == 5u);
    const R bad(wasix::detail::from_raw, static_cast<int32_t>(abi::errno_t::badf), 0u);
    CHECK_FALSE(bad.has_value());
    CHECK(bad.error() == abi::errno_t::badf);
    CHECK(bad.value_or(7u) == 7u);

    const R fail = R::failure(abi::errno_t::inval);
    CHECK_FALSE(fail.has_value());
    CHECK(fail.error() == abi::errno_t::inval);

    const R direct = 5u;
    CHECK(direct.value() == 5u);

    using V = wasix::basic_result<void, abi::errno_t>;
    CHECK(V(wasix::detail::from_raw, 0).has_value());
    const V vbad(wasix::detail::from_raw, static_cast<int32_t>(abi::errno_t::noent));
    CHECK_FALSE(vbad.has_value());
    CHECK(vbad.error() == abi::errno_t::noent);
}
