// How a witx function becomes a core wasm import signature.
#pragma once

#include "ast.hpp"

#include <optional>
#include <string>
#include <vector>

namespace wasixgen {

enum class WasmType { I32, I64, F32, F64 };
const char* to_string(WasmType t);

struct CoreParam {
    enum class Role { Value, Pointer, Length, Out };
    std::string name;
    WasmType type;
    Role role;
    const Param* source = nullptr;  // Value/Pointer/Length: the witx param
    int out_index = -1;             // Out: which ok value (tuple element)
};

struct CoreSignature {
    std::vector<CoreParam> params;
    std::optional<WasmType> result;  // the errno, when the function has a result
};

// Lowering: values of 32 bits or less become i32, 64-bit values i64;
// pointers and usize are i32 on wasm32 and i64 on wasm64; a string or list
// becomes (pointer, length); each ok value of the result (each tuple element)
// gets an out-pointer appended after the inputs; the errno is the i32 return.
CoreSignature lower(const Function& f, MemoryModel model);

// The ok values of a result, in out-pointer order (empty for none).
std::vector<const Type*> ok_values(const Function& f);

// "(i32 i64) -> i32" — the form the import checks compare against.
std::string signature_string(const CoreSignature& sig);

}  // namespace wasixgen
