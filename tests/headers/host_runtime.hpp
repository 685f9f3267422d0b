// A tiny host-side "runtime" over the ABI structs of <wasix/wasix.hpp>: what an
// embedder does when a guest calls fd_write -- read the guest's iovec array out
// of its linear memory (a byte buffer), bounds-check every buffer, and write
// results back. Used by the compile tests (umbrella_tu.cpp, built by several
// compilers) and by the run-time test headers_host_test.cpp.
#pragma once

#include <wasix/wasix.hpp>

#include <cstring>
#include <type_traits>

namespace host_runtime {

// A guest's linear memory.
struct memory {
    unsigned char* base;
    uint64_t size;

    bool contains(uint64_t address, uint64_t length) const noexcept {
        return address <= size && length <= size - address;
    }

    // Copies a T out of guest memory at `address`; false if out of bounds.
    template <class T> bool read(uint64_t address, T& out) const noexcept {
        static_assert(std::is_trivially_copyable<T>::value, "ABI types are trivially copyable");
        if (!contains(address, sizeof(T))) return false;
        std::memcpy(&out, base + address, sizeof(T));
        return true;
    }

    template <class T> bool write(uint64_t address, const T& value) const noexcept {
        static_assert(std::is_trivially_copyable<T>::value, "ABI types are trivially copyable");
        if (!contains(address, sizeof(T))) return false;
        std::memcpy(base + address, &value, sizeof(T));
        return true;
    }
};

// The bytes a gather write of `count` iovecs at `iovs` would write, for the
// memory model whose ciovec type is `Ciovec` (wasix::wasm32::ciovec_t or
// wasix::wasm64::ciovec_t). Returns errno_t::success or the error a runtime
// reports (fault for a bad address).
template <class Ciovec>
wasix::abi::errno_t gather_length(const memory& mem, uint64_t iovs, uint64_t count, uint64_t& total) noexcept {
    total = 0;
    for (uint64_t i = 0; i < count; ++i) {
        Ciovec v;
        if (!mem.read(iovs + i * sizeof(Ciovec), v)) return wasix::abi::errno_t::fault;
        const uint64_t address = v.buf.address();
        const uint64_t length = v.buf_len;
        if (!mem.contains(address, length)) return wasix::abi::errno_t::fault;
        total += length;
    }
    return wasix::abi::errno_t::success;
}

// Copies the bytes of the iovecs into `out` (at most `out_size`); returns the
// count copied.
template <class Ciovec>
uint64_t gather(const memory& mem, uint64_t iovs, uint64_t count, unsigned char* out, uint64_t out_size) noexcept {
    uint64_t done = 0;
    for (uint64_t i = 0; i < count; ++i) {
        Ciovec v;
        if (!mem.read(iovs + i * sizeof(Ciovec), v)) break;
        uint64_t n = v.buf_len;
        if (!mem.contains(v.buf.address(), n)) break;
        if (n > out_size - done) n = out_size - done;
        std::memcpy(out + done, mem.base + v.buf.address(), static_cast<size_t>(n));
        done += n;
    }
    return done;
}

// What a runtime's fd_fdstat_get does: build the struct and store it in guest
// memory at the out-pointer the guest gave.
inline bool store_fdstat(const memory& mem, uint64_t address, wasix::abi::filetype_t type, wasix::abi::fdflags_t flags,
                         wasix::abi::rights_t base, wasix::abi::rights_t inheriting) noexcept {
    wasix::abi::fdstat_t st{};
    st.fs_filetype = type;
    st.fs_flags = flags;
    st.fs_rights_base = base;
    st.fs_rights_inheriting = inheriting;
    return mem.write(address, st);
}

// Whether a descriptor with `rights` may do everything in `needed`.
inline bool allowed(wasix::abi::rights_t rights, wasix::abi::rights_t needed) noexcept {
    return wasix::abi::has_all(rights, needed);
}

// The handle types are distinct: a runtime's descriptor table is indexed by
// fd_t, and mixing up an fd with a pid or tid does not compile.
constexpr int32_t slot_of(wasix::abi::fd_t fd) noexcept { return static_cast<int32_t>(fd); }

}  // namespace host_runtime
