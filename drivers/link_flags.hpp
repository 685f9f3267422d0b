// What the driver adds to clang's command line: the target and sysroot for every command, and
// the memory layout and exports the WASIX runtime needs when clang links.
#pragma once

#include "options.hpp"

#include <string>
#include <vector>

namespace wasix_driver {

// Maximum linear memory of a linked module, in bytes: 4 GiB (65536 pages of 64 KiB), the whole
// wasm32 address space. The memory is shared, and a shared memory cannot grow past the maximum
// it declares, so a lower value would make malloc fail while address space is still free. The
// maximum only reserves address space in the runtime; pages are committed as memory.grow asks.
// Overridable with -Wl,--max-memory=N (a multiple of 65536).
constexpr unsigned long long kDefaultMaxMemory = 4294967296ULL;

// Stack of the main thread: 1 MiB instead of wasm-ld's 64 KiB (the stack sits below the heap
// with no guard, so an overflow silently corrupts static data). Threads get the stack size
// their pthread attributes ask for. Overridable with -Wl,-z,stack-size=N.
constexpr unsigned long long kDefaultStackSize = 1048576ULL;

// The sysroot's directory (under lib/wasm32-wasi/) of libc++.a, libc++abi.a and libunwind.a
// built with wasm exceptions; lib/wasm32-wasi/ itself has the ones built without.
constexpr const char* kExceptionsLibSubdir = "eh";

// The sysroot's directory (under lib/wasm32-wasi/) of the libc, crt1-command.o and builtins
// compiled as position-independent code (-fPIC), which a dynamically linked program links;
// lib/wasm32-wasi/ itself has the static ones.
constexpr const char* kPicLibSubdir = "pic";

// Flags for every clang invocation: target, sysroot, threads (atomics and bulk memory), the
// exception model (-fwasm-exceptions when Options::exceptions(), else -fno-exceptions), and
// the exception-based setjmp/longjmp lowering unless turned off (-fno-wasix-sjlj), and for
// position-independent code, default symbol visibility (clang's wasm default is hidden, which
// would leave a side module with nothing for dlsym to find).
std::vector<std::string> target_flags(const std::string& sysroot, const Options& options);

// Flags added when clang links: shared imported memory with a maximum, the exports the
// runtime needs, the linker to use, and the sysroot's compiler-rt builtins when it has them.
// clang only links the builtins of its resource directory, which Debian builds for the
// single-threaded target; the sysroot's are built with atomics like the rest of it. (Debian's
// happen to link today: none of them uses TLS or atomics, so none forbids a shared memory.)
// wasm-ld takes a lazy symbol from the first archive that defines it, so the sysroot's
// archive, listed before clang's, wins.
// A side module (-shared) links no libc, crt or libc++: it imports them from the program that
// loads it, and so shares its heap, stdio and threads. A dynamically linked program (-fPIC)
// links the sysroot's position-independent libc and exports its symbols to side modules.
std::vector<std::string> link_flags(const Options& options, const std::string& linker,
                                    const std::string& sysroot);

}  // namespace wasix_driver
