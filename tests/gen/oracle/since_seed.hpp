// How the WASIX of today differs from seeds/000 (the January-2025 snapshot),
// by name. Each entry was observed under the pinned runtime (@wasmer/sdk
// 0.16.0, wasmer-wasix 0.704.0) or read from the public spec and the WASIX
// C library's import list; the project's reference is wasix-now.md in the
// shared reference directory. The oracle checks the spec against 000 except
// where this file names a difference, and checks every difference here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace oracle {

// Functions of 000 that the runtime never had: importing one makes the whole
// module fail to instantiate.
const std::vector<std::string>& functions_removed_since_seed();

// A function added since 000, with its wasm32 core signature as the runtime
// imports it, written as wasixgen::signature_string writes it: "(i32 i64) ->
// i32" (the errno is the i32 result; "-> ()" for none).
struct AddedFunction {
    std::string name;
    std::string wasm32;
};
const std::vector<AddedFunction>& functions_added_since_seed();

// Types of 000 that are gone (with the functions that used them).
const std::vector<std::string>& types_removed_since_seed();

// A type added since 000, with its wasm32 size and alignment.
struct AddedType {
    std::string name;
    std::uint64_t size, align;
};
const std::vector<AddedType>& types_added_since_seed();

// Flags of 000 that gained flags at the end (the old bits are unchanged):
// the flag names added, in bit order.
const std::vector<std::string>* flags_added_since_seed(const std::string& type);

// Types whose kind changed: siflags, a bare u16 in 000, is now flags u16.
bool kind_changed_since_seed(const std::string& type);

}  // namespace oracle
