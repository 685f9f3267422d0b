// Reads witx files (following `use`) into an unresolved Spec.
#pragma once

#include "ast.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace wasixgen {

// Returns a file's contents, or nullopt if it cannot be read. Tests pass an
// in-memory map; the tool reads the file system.
using FileReader = std::function<std::optional<std::string>(const std::string& path)>;
FileReader filesystem_reader();

// Parses `paths` and everything they use into `spec`. Syntax errors go to
// `diags`; returns false if there were any. Names are not resolved here.
bool parse_files(const std::vector<std::string>& paths, const FileReader& read, Spec& spec, Diagnostics& diags);

}  // namespace wasixgen
