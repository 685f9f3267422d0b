// The post-link wasm-opt step, which the driver runs itself (clang is kept from running
// wasm-opt on its own: see locate.hpp, path_without_wasm_opt).
//
// WASIX's proc_fork, stack_checkpoint and stack_restore are implemented by the runtime with
// asyncify, so a module that imports any of them must be rewritten by `wasm-opt --asyncify`;
// every other module must not be (asyncify costs size and speed). The driver decides after
// linking, from the module's imports (the libc is static, so they are there exactly when the
// program uses fork/setjmp & co.). Overrides:
//   -fwasix-asyncify / -fno-wasix-asyncify   on the link command line (the last one wins)
//   WASIX_SDK_ASYNCIFY=1 / 0                     in the environment (the flags take precedence)
#pragma once

#include "options.hpp"

#include <string>
#include <vector>

namespace wasix_driver {

// An explicit choice from the flags or the environment: 1 yes, 0 no, -1 none (decide from
// the module).
int explicit_asyncify(const Options& options);

struct AsyncifyDecision {
    bool run = false;
    bool exceptions = false;  // the module has wasm exception instructions (legacy form)
    std::string why;    // for -v: what made the decision
    std::string error;  // non-empty: stop with this message
};

// Whether the module the driver just linked at `wasm_path` must be asyncified.
AsyncifyDecision decide_asyncify(const Options& options, const std::string& wasm_path);

// The optimisation level of the asyncify step: the link's -O level (-O -> -O1, -Ofast -> -O3),
// none for an explicit -O0, and -O2 when the link has no -O and no -g.
std::string asyncify_opt_level(const Options& options);

// `wasm-opt --asyncify …` reading `wasm_path` and writing `out_path`; `exceptions` enables the
// exception-handling feature (and the features clang's objects use besides), which only a
// binaryen of version 125 or newer asyncifies.
std::vector<std::string> asyncify_command(const std::string& wasm_opt, const Options& options,
                                          const std::string& wasm_path,
                                          const std::string& out_path, bool exceptions);

}  // namespace wasix_driver
