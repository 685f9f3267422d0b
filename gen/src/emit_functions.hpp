// The function headers (abi/AREA/imports_wasm32.hpp, abi/AREA/imports_wasm64.hpp,
// AREA.hpp, abi/shared/guest.hpp and the umbrellas abi/imports_wasm32.hpp,
// abi/imports_wasm64.hpp, functions.hpp).
#pragma once

#include "areas.hpp"
#include "emitter.hpp"

namespace wasixgen {
void emit_function_headers(const Spec& spec, const Areas& areas, std::vector<GeneratedFile>& out);
}
