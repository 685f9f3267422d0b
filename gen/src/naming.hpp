// The C++ names the generator gives witx names.
//
// The rule, applied everywhere: a witx name keeps its spelling, with '-' and
// '.' turned into '_'. A type gets the suffix `_t` (`errno` -> `errno_t`).
// A name that would be a C++ keyword, a macro the C or C++ standard library
// may define (`errno`, `stdin`, `unix`, `linux`, `EOF`, ...), or that starts
// with a digit gets one leading underscore (`2big` -> `_2big`, `true` ->
// `_true`, `unix` -> `_unix`). Names built from a prefix (`make_true`,
// `is_2big`) need no fix and use the witx spelling.
#pragma once

#include <string>

namespace wasixgen {

std::string cpp_name(const std::string& witx);       // members, cases, params, functions
std::string cpp_type_name(const std::string& witx);  // typenames: adds `_t`
std::string cpp_suffix(const std::string& witx);     // spelling for use after a prefix
bool needs_fix(const std::string& spelled);

}  // namespace wasixgen
