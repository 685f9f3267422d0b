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

// Every generated header, in memory. `spec` must have resolved without
// errors: the resolver makes every check (resolver.hpp), so there is nothing
// left here that could fail.
std::vector<GeneratedFile> emit_headers(const Spec& spec);

// A plain-text listing of every type's layout and every function's lowering
// for one memory model: what the spec means, for people and tests to read.
std::string dump_layout(const Spec& spec, MemoryModel model);

}  // namespace wasixgen
