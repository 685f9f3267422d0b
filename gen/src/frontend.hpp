// The whole front end in one call: parse, then resolve and check.
#pragma once

#include "parser.hpp"
#include "resolver.hpp"

namespace wasixgen {

// Parses `paths` (following `use`), resolves and checks them. Returns false
// with every error found in `diags`.
bool load_spec(const std::vector<std::string>& paths, const FileReader& read, Spec& spec, Diagnostics& diags);

}  // namespace wasixgen
