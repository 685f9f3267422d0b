// Expansion of clang/GCC response files (`@file`) for analysis.
//
// The driver forwards `@file` arguments to clang unchanged (clang expands them itself), but it
// must look inside them to see flags such as `-c` or `-shared`. The tokenizer follows the GNU
// rules clang uses on POSIX hosts: whitespace separates arguments, single quotes are literal,
// double quotes group and allow backslash escapes, a backslash escapes the next character.
#pragma once

#include <string>
#include <vector>

namespace wasix_driver {

// Splits the text of a response file into arguments (GNU quoting rules).
std::vector<std::string> tokenize_response_text(const std::string& text);

// Returns `args` with every readable `@file` replaced by its arguments, recursively (a file that
// cannot be read is kept as a literal argument, as clang does).
std::vector<std::string> expand_response_files(const std::vector<std::string>& args);

}  // namespace wasix_driver
