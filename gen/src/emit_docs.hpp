// The API reference of the generated headers, as Markdown (docs/api/): one page
// per area with its functions (wrapper signature, parameters, result, import and
// its core signature in both memory models) and its types (layout in both
// models), a page for the shared types, and an index.
#pragma once

#include "ast.hpp"
#include "emitter.hpp"

#include <vector>

namespace wasixgen {

std::vector<GeneratedFile> emit_docs(const Spec& spec);

}  // namespace wasixgen
