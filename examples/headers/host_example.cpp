// A host (say, a runtime written in C++) reading a wasm32 guest's iovec
// array out of guest memory with the very same ABI structs.
// Build: g++ -std=c++17 -I include host_example.cpp
#include <wasix/wasix.hpp>

#include <cstdio>
#include <cstring>
#include <vector>

// Sums the lengths of `count` wasm32 iovecs at guest address `addr`.
static uint64_t total_length(const std::vector<uint8_t>& memory, uint32_t addr, uint32_t count) {
    uint64_t total = 0;
    for (uint32_t i = 0; i < count; ++i) {
        wasix::wasm32::iovec_t iov;  // 8 bytes: ptr<uint8_t> (4) + size_t (4)
        std::memcpy(&iov, memory.data() + addr + i * sizeof iov, sizeof iov);
        total += iov.buf_len;
    }
    return total;
}

int main() {
    std::vector<uint8_t> memory(1 << 16);
    wasix::wasm32::iovec_t iovs[2] = {{wasix::wasm32::ptr<uint8_t>(0x100), 5}, {wasix::wasm32::ptr<uint8_t>(0x200), 7}};
    std::memcpy(memory.data() + 0x40, iovs, sizeof iovs);

    // Rights beyond bit 31 need 64-bit arithmetic; the flags type has it right.
    wasix::abi::rights_t r = wasix::abi::rights_t::fd_read | wasix::abi::rights_t::sock_send_to;
    std::printf("total=%llu, sock_send_to bit set=%d, rights=0x%llx\n",
                static_cast<unsigned long long>(total_length(memory, 0x40, 2)),
                wasix::abi::has_all(r, wasix::abi::rights_t::sock_send_to),
                static_cast<unsigned long long>(wasix::abi::to_underlying(r)));
    return 0;
}
