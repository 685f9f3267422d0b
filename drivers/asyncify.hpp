// The post-link wasm-opt step, which the driver runs itself (clang is kept from running
// wasm-opt on its own: see locate.hpp, path_without_wasm_opt).
//
// WASIX's proc_fork, stack_checkpoint and stack_restore are implemented by the runtime with
// asyncify, so a module using them must be rewritten by `wasm-opt --asyncify`. For now this is
// an explicit opt-in:
//   -fwasix-asyncify / -fno-wasix-asyncify   on the link command line (the last one wins)
//   WASIX_ASYNCIFY=1                         in the environment (the flags take precedence)
#pragma once

#include "options.hpp"

#include <string>
#include <vector>

namespace wasix_driver {

// HOOK: whether the linked module at `wasm_path` must be asyncified. Today it honours the
// opt-in flag and variable only; a later version can look at the module's imports
// (proc_fork, stack_checkpoint, …) and decide by itself.
bool needs_asyncify(const Options& options, const std::string& wasm_path);

// `wasm-opt --asyncify …` rewriting `wasm_path` in place.
std::vector<std::string> asyncify_command(const std::string& wasm_opt, const Options& options,
                                          const std::string& wasm_path);

}  // namespace wasix_driver
