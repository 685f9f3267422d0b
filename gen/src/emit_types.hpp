// The ABI type headers (abi/common.hpp, abi/wasm32.hpp, abi/wasm64.hpp).
#pragma once

#include "emitter.hpp"

namespace wasixgen {
void emit_type_headers(const Spec& spec, std::vector<GeneratedFile>& out);
}
