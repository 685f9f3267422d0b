// A guest using the typed wrappers directly: no libc call involved.
// Build: dist/bin/wasix-clang++ -O2 guest_example.cpp -o guest_example.wasm
#include <wasix/wasix.hpp>

#include <cstdio>

int main() {
    // fd_pipe returns two descriptors (_0 reads, _1 writes): a value, or an errno_t.
    wasix::result<wasix::fd_pipe_results> pipe = wasix::fd_pipe();
    if (!pipe) {
        std::printf("fd_pipe failed: errno %u\n", static_cast<unsigned>(pipe.error()));
        return 1;
    }
    const char msg[] = "hello through a WASIX pipe";
    wasix::ciovec_t out{reinterpret_cast<const uint8_t*>(msg), sizeof msg - 1};
    wasix::result<wasix::size_t> sent = wasix::fd_write(pipe->write_end, {&out, 1});

    char buf[64] = {};
    wasix::iovec_t in{reinterpret_cast<uint8_t*>(buf), sizeof buf - 1};
    wasix::result<wasix::size_t> got = wasix::fd_read(pipe->read_end, {&in, 1});
    if (!sent || !got) return 2;
    std::printf("%s (%u bytes)\n", buf, static_cast<unsigned>(*got));
    return 0;
}
