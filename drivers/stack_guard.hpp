// The post-link stack check of threads: every `global.set __stack_pointer` of a linked program
// becomes `call __wasix_stack_set`, the sysroot's check (sysroot/src/__support/stack_guard.s),
// which traps when a thread's stack pointer goes below its stack.
//
// wasm-ld writes the index of every global.set and call as a 5-byte LEB (padded for
// relocation), so the two instructions are 6 bytes long each, and both take the new value
// from the operand stack: the rewrite is done in place, no byte moves, and code offsets,
// DWARF line tables and the name section stay valid. It must come before any binaryen step
// (wasm-opt re-encodes the LEBs).
//
// The function bodies are decoded instruction by instruction (the pattern can occur inside
// another instruction's immediates); an instruction the decoder does not know fails the rewrite,
// which never writes a module it could not read whole.
#pragma once

#include "options.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace wasix_driver {

// The exported checking function the driver asks wasm-ld to keep.
inline constexpr const char kStackSetExport[] = "__wasix_stack_set";
// Environment: WASIX_SDK_STACK_GUARD=0 turns the rewrite off (so does -fno-wasix-stack-guard).
inline constexpr const char kStackGuardVar[] = "WASIX_SDK_STACK_GUARD";

struct StackGuardResult {
    bool applies = false;      // the module exports __wasix_stack_set and has a stack pointer
    std::size_t rewritten = 0; // global.set instructions replaced
    std::size_t kept = 0;      // global.set of the stack pointer left (a short LEB index)
    std::string error;         // non-empty: the module was not changed
};

// Whether the driver rewrites a program it links: unless -fno-wasix-stack-guard (the last
// -f[no-]wasix-stack-guard wins) or WASIX_SDK_STACK_GUARD=0; never a side module (it imports
// the stack pointer and has no libc of its own).
bool stack_guard_wanted(const Options& options);

// Rewrites the module in `bytes` in place (its size never changes).
StackGuardResult guard_stack_bytes(std::vector<uint8_t>& bytes);

// Rewrites the file: the result goes to a temporary file beside it, which replaces it only when
// complete; a module that needs no change is left untouched.
StackGuardResult guard_stack_file(const std::string& path);

}  // namespace wasix_driver
