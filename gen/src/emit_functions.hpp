// The function headers (abi/imports_wasm32.hpp, abi/imports_wasm64.hpp, functions.hpp).
#pragma once

#include "emitter.hpp"

namespace wasixgen {
void emit_function_headers(const Spec& spec, std::vector<GeneratedFile>& out);
}
