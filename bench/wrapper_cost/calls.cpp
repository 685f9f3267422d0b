// Wrapper cost: each operation is written twice, once with the typed wrapper
// (w_NAME) and once with the raw import underneath (r_NAME, what hand-written
// C against the ABI would do), with the same C-level signature and result.
// run.py compiles this at -O2 for wasm32 and wasm64 and compares the code
// bytes (and instructions) of each pair. Goal: zero difference.
#include <wasix/wasix.hpp>

#if WASIX_GUEST_WASM64
#define IMPORT_MODULE "wasix_64v1"
#else
#define IMPORT_MODULE "wasi_snapshot_preview1"
#endif

namespace raw1 = wasix::detail::raw_wasi_snapshot_preview1;
namespace rawx = wasix::detail::raw_wasix_v1;
using wasix::detail::iptr;

template <class T> static inline iptr addr(T* p) { return static_cast<iptr>(reinterpret_cast<uintptr_t>(p)); }

// How the raw versions hand on the errno the import returned: as the i32 it
// is (default), or narrowed to u16 like the spec's errno type (and
// wasi-libc's __wasi_errno_t): run.py builds both, -DRAW_ERRNO_U16.
#ifdef RAW_ERRNO_U16
#define ERR(e) static_cast<uint16_t>(e)
#else
#define ERR(e) (e)
#endif

#define BENCH(name) extern "C" __attribute__((export_name(#name), noinline))

// 1. no output
BENCH(w_fd_close) int w_fd_close(int fd) { return static_cast<int>(wasix::fd_close(wasix::fd_t{fd}).error()); }
BENCH(r_fd_close) int r_fd_close(int fd) { return ERR(raw1::fd_close(fd)); }

// 2. one 32-bit output
BENCH(w_fd_dup) int w_fd_dup(int fd) {
    auto r = wasix::fd_dup(wasix::fd_t{fd});
    return r ? static_cast<int>(*r) : -static_cast<int>(r.error());
}
BENCH(r_fd_dup) int r_fd_dup(int fd) {
    int32_t out;
    int32_t e = rawx::fd_dup(fd, addr(&out));
    return e ? -ERR(e) : out;
}

// 3. 64-bit input and output
BENCH(w_clock_time_get) uint64_t w_clock_time_get(uint32_t id, uint64_t precision) {
    return wasix::clock_time_get(static_cast<wasix::clockid_t>(id), precision).value_or(0);
}
BENCH(r_clock_time_get) uint64_t r_clock_time_get(uint32_t id, uint64_t precision) {
    uint64_t t;
    return raw1::clock_time_get(static_cast<int32_t>(id), static_cast<int64_t>(precision), addr(&t)) == 0 ? t : 0;
}

// 4. list argument (iovecs) and a size output
BENCH(w_fd_write) long w_fd_write(int fd, const void* data, wasix::size_t len) {
    const wasix::ciovec_t iov{static_cast<const uint8_t*>(data), len};
    auto r = wasix::fd_write(wasix::fd_t{fd}, {&iov, 1});
    return r ? static_cast<long>(*r) : -static_cast<long>(r.error());
}
BENCH(r_fd_write) long r_fd_write(int fd, const void* data, wasix::size_t len) {
    const wasix::ciovec_t iov{static_cast<const uint8_t*>(data), len};
    wasix::size_t out;
    int32_t e = raw1::fd_write(fd, addr(&iov), 1, addr(&out));
    return e ? -static_cast<long>(ERR(e)) : static_cast<long>(out);
}

// 5. tuple result (two outputs)
BENCH(w_fd_pipe) int w_fd_pipe(int* a, int* b) {
    auto r = wasix::fd_pipe();
    if (!r) return static_cast<int>(r.error());
    *a = static_cast<int>(r->read_end);
    *b = static_cast<int>(r->write_end);
    return 0;
}
BENCH(r_fd_pipe) int r_fd_pipe(int* a, int* b) {
    int32_t x, y;
    int32_t e = rawx::fd_pipe(addr(&x), addr(&y));
    if (e) return ERR(e);
    *a = x;
    *b = y;
    return 0;
}

// 6. string, flags, 64-bit rights, output
BENCH(w_path_open) int w_path_open(int dirfd, const char* path, wasix::size_t len, uint64_t rights) {
    auto r = wasix::path_open(wasix::fd_t{dirfd}, wasix::lookupflags_t::symlink_follow, {path, len},
                              wasix::oflags_t::creat, static_cast<wasix::rights_t>(rights),
                              static_cast<wasix::rights_t>(rights), wasix::fdflags_t{});
    return r ? static_cast<int>(*r) : -static_cast<int>(r.error());
}
BENCH(r_path_open) int r_path_open(int dirfd, const char* path, wasix::size_t len, uint64_t rights) {
    int32_t out;
    int32_t e = raw1::path_open(dirfd, 1, addr(path), static_cast<iptr>(len), 1, static_cast<int64_t>(rights),
                                static_cast<int64_t>(rights), 0, addr(&out));
    return e ? -ERR(e) : out;
}

// 7. 64-bit flags in
BENCH(w_fd_fdstat_set_rights) int w_fd_fdstat_set_rights(int fd, uint64_t base) {
    return static_cast<int>(
        wasix::fd_fdstat_set_rights(wasix::fd_t{fd}, static_cast<wasix::rights_t>(base), wasix::rights_t{}).error());
}
BENCH(r_fd_fdstat_set_rights) int r_fd_fdstat_set_rights(int fd, uint64_t base) {
    return ERR(raw1::fd_fdstat_set_rights(fd, static_cast<int64_t>(base), 0));
}

// 8. pointer arguments
BENCH(w_getcwd) int w_getcwd(uint8_t* buf, wasix::pointersize_t* len) {
    return static_cast<int>(wasix::getcwd(buf, len).error());
}
BENCH(r_getcwd) int r_getcwd(uint8_t* buf, wasix::pointersize_t* len) { return ERR(rawx::getcwd(addr(buf), addr(len))); }

// 9. NUL-terminated string
BENCH(w_chdir) int w_chdir(const char* path) { return static_cast<int>(wasix::chdir(path).error()); }
BENCH(r_chdir) int r_chdir(const char* path) { return ERR(rawx::chdir(addr(path), static_cast<iptr>(__builtin_strlen(path)))); }

// 10. struct output, one field used
BENCH(w_fd_fdstat_get) uint64_t w_fd_fdstat_get(int fd) {
    auto r = wasix::fd_fdstat_get(wasix::fd_t{fd});
    return r ? static_cast<uint64_t>(r->fs_rights_base) : 0;
}
BENCH(r_fd_fdstat_get) uint64_t r_fd_fdstat_get(int fd) {
    wasix::fdstat_t st;
    return raw1::fd_fdstat_get(fd, addr(&st)) == 0 ? static_cast<uint64_t>(st.fs_rights_base) : 0;
}

// 11. signed 64-bit in, unsigned 64-bit out
BENCH(w_fd_seek) int64_t w_fd_seek(int fd, int64_t offset, uint8_t whence) {
    auto r = wasix::fd_seek(wasix::fd_t{fd}, offset, static_cast<wasix::whence_t>(whence));
    return r ? static_cast<int64_t>(*r) : -static_cast<int64_t>(r.error());
}
BENCH(r_fd_seek) int64_t r_fd_seek(int fd, int64_t offset, uint8_t whence) {
    uint64_t out;
    int32_t e = raw1::fd_seek(fd, offset, whence, addr(&out));
    return e ? -static_cast<int64_t>(ERR(e)) : static_cast<int64_t>(out);
}

// 12. noreturn
BENCH(w_proc_exit) void w_proc_exit(uint32_t code) { wasix::proc_exit(code); }
BENCH(r_proc_exit) void r_proc_exit(uint32_t code) { raw1::proc_exit(static_cast<int32_t>(code)); }

// 13. no result at all
BENCH(w_callback_signal) void w_callback_signal(const char* name, wasix::size_t len) {
    wasix::callback_signal({name, len});
}
BENCH(r_callback_signal) void r_callback_signal(const char* name, wasix::size_t len) {
    rawx::callback_signal(addr(name), static_cast<iptr>(len));
}

// 14. list + flags + const pointer + output
BENCH(w_sock_send_to) long w_sock_send_to(int fd, const void* data, wasix::size_t len, const wasix::addr_port_t* to) {
    const wasix::ciovec_t iov{static_cast<const uint8_t*>(data), len};
    auto r = wasix::sock_send_to(wasix::fd_t{fd}, {&iov, 1}, wasix::siflags_t{}, to);
    return r ? static_cast<long>(*r) : -static_cast<long>(r.error());
}
BENCH(r_sock_send_to) long r_sock_send_to(int fd, const void* data, wasix::size_t len, const wasix::addr_port_t* to) {
    const wasix::ciovec_t iov{static_cast<const uint8_t*>(data), len};
    wasix::size_t out;
    int32_t e = rawx::sock_send_to(fd, addr(&iov), 1, 0, addr(to), addr(&out));
    return e ? -static_cast<long>(ERR(e)) : static_cast<long>(out);
}

// 15. buffer + length
BENCH(w_random_get) int w_random_get(uint8_t* buf, wasix::size_t len) {
    return static_cast<int>(wasix::random_get(buf, len).error());
}
BENCH(r_random_get) int r_random_get(uint8_t* buf, wasix::size_t len) {
    return ERR(raw1::random_get(addr(buf), static_cast<iptr>(len)));
}

// 16. out-pointer of a handle type
BENCH(w_thread_id) int w_thread_id() {
    auto r = wasix::thread_id();
    return r ? static_cast<int>(*r) : -1;
}
BENCH(r_thread_id) int r_thread_id() {
    int32_t out;
    return rawx::thread_id(addr(&out)) == 0 ? out : -1;
}

#if WASIX_GUEST_WASM64
// A freestanding wasm64 link has no libc.
extern "C" size_t strlen(const char* s) {
    const volatile char* p = s;
    while (*p) ++p;
    return static_cast<size_t>(p - s);
}
#endif
