// Writes generated files so that a reader never sees a half-written one.
#pragma once

#include <string>

namespace wasixgen {

// Writes `content` to `path` through a temporary file in the same directory
// and a rename. Creates missing directories. Returns an error message, or ""
// on success. A file whose content is already identical is not touched.
std::string write_file_atomically(const std::string& path, const std::string& content);

}  // namespace wasixgen
