// Writes generated files so that a reader never sees a half-written one.
#pragma once

#include <string>
#include <vector>

namespace wasixgen {

// Writes `content` to `path` through a temporary file in the same directory
// and a rename. Creates missing directories. Returns an error message, or ""
// on success. A file whose content is already identical is not touched.
std::string write_file_atomically(const std::string& path, const std::string& content);

// The files under `dir` (paths relative to it, sorted) that wasix-gen wrote,
// told by their first line, and that are not in `keep`: what an earlier spec
// generated (e.g. the headers of an area that no longer exists).
std::vector<std::string> stale_generated_files(const std::string& dir, const std::vector<std::string>& keep);

}  // namespace wasixgen
