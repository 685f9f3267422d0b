// Writes the generator's types the way seeds/000 writes them, so that the
// oracle can compare type names: `fd`, `u32`, `Pointer<u8>`,
// `ConstPointer<addr>`, `List<iovec>`, `(fd, fd)`, `Result<(), errno>`.
#pragma once

#include "ast.hpp"

#include <string>

namespace oracle {

// A type used by a member, case, parameter or result: a typename is
// written by its name.
std::string seed_label(const wasixgen::Type& t);

// The kind 000 gives a typename in its heading ("## `name`: `Kind`"):
// records and flags are `Record`, enums and variants `Variant`, handles
// `Handle`; lists, builtins and aliases as seed_label.
std::string seed_kind(const wasixgen::TypeDef& def);

}  // namespace oracle
