// Generates the C++ headers of include/wasix/ from a resolved Spec.
#pragma once

#include "ast.hpp"

#include <string>
#include <vector>

namespace wasixgen {

struct GeneratedFile {
    std::string path;  // relative to include/wasix/
    std::string content;
};

// Emits every generated header into `out`, in memory. Returns false (with
// errors in `diags`) when the spec uses something the emitter cannot express.
bool emit_headers(const Spec& spec, std::vector<GeneratedFile>& out, Diagnostics& diags);

// A plain-text listing of every type's layout and every function's lowering
// for one memory model: what the spec means, for people and tests to read.
std::string dump_layout(const Spec& spec, MemoryModel model);

}  // namespace wasixgen
