// Checks that the spec's names map to distinct, legal C++ names.
#pragma once

#include "ast.hpp"

namespace wasixgen {

// The naming rule (naming.hpp) folds '-' and '.' into '_', so two witx
// names can meet in C++; a witx name starting with '_' could clash with the
// rule's own fix (`2big` -> `_2big`); and the emitter adds names of its own
// (`<function>_results`, the wrappers' locals). Reports each clash with both
// positions. Returns false if any was found. Part of resolve().
bool check_cpp_names(const Spec& spec, Diagnostics& diags);

}  // namespace wasixgen
