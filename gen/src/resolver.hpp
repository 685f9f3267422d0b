// Name resolution and type checking of a parsed Spec.
#pragma once

#include "ast.hpp"

namespace wasixgen {

// Resolves every reference and checks the spec: undefined and duplicate
// names, types that contain themselves, enum/flags reprs too small for their
// cases, variant tags and cases, where `expected`, `tuple` and inline
// records, enums, flags, handles and variants may appear, what a function
// may take and return, one error type for all results, and names that meet
// in C++ (name_check.hpp). These are all the checks there are: a spec that
// resolves without errors can be laid out, lowered and emitted. Returns
// false if any error was found.
bool resolve(Spec& spec, Diagnostics& diags);

// The longest chain of type references a spec may have (the real WASIX spec
// needs about five). Later stages recurse along such chains.
constexpr std::size_t kMaxTypeDepth = 64;

}  // namespace wasixgen
