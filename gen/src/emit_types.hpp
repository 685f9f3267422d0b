// The ABI type headers (abi/AREA/{types,wasm32,wasm64}.hpp and the umbrellas
// abi/common.hpp, abi/wasm32.hpp, abi/wasm64.hpp).
#pragma once

#include "areas.hpp"
#include "emitter.hpp"

namespace wasixgen {
void emit_type_headers(const Spec& spec, const Areas& areas, std::vector<GeneratedFile>& out);
}
