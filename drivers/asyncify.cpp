#include "asyncify.hpp"

#include "locate.hpp"
#include "wasm_scan.hpp"

#include <cstdlib>
#include <string>

namespace wasix_driver {

int explicit_asyncify(const Options& options) {
    if (options.asyncify >= 0) return options.asyncify;
    return sdk_choice("WASIX_SDK_ASYNCIFY", "asyncify choice");
}

AsyncifyDecision decide_asyncify(const Options& options, const std::string& wasm_path) {
    AsyncifyDecision d;
    const int chosen = explicit_asyncify(options);
    if (chosen == 0) {
        d.why = "asyncify disabled explicitly";
        return d;
    }
    const scan s = scan_file(wasm_path);
    if (chosen == 1) {
        // Whatever the module is; which wasm-opt depends on its exception instructions.
        d.run = true;
        d.exceptions = s.ok && s.uses_exceptions;
        d.why = "asyncify requested explicitly";
        return d;
    }
    if (!s.ok) {
        d.error = "cannot inspect " + wasm_path + ": " + s.error;
        return d;
    }
    if (!s.needs_asyncify()) return d;
    d.exceptions = s.uses_exceptions;
    d.run = true;
    d.why = "asyncify needed for";
    for (const std::string& i : s.asyncify_imports) d.why += " " + i;
    return d;
}

std::string asyncify_opt_level(const Options& options) {
    const std::string& o = options.opt_level;
    // Asyncify roughly doubles the code and slows every call on an instrumented path; most of
    // that is won back by binaryen's optimiser, so the step optimises unless asked not to.
    // Most Makefiles link without any -O: then -O2, unless -g says this is a debugging build
    // (binaryen's optimiser keeps little of the DWARF).
    if (o.empty()) return options.debug_info ? "" : "-O2";
    if (o == "-O0") return "";
    if (o == "-O" || o == "-Og") return "-O1";
    if (o == "-Ofast" || o == "-O4") return "-O3";
    return o;
}

std::vector<std::string> asyncify_command(const std::string& wasm_opt, const Options& options,
                                          const std::string& wasm_path,
                                          const std::string& out_path, bool exceptions) {
    std::vector<std::string> cmd = {wasm_opt, wasm_path, "--asyncify", "--enable-threads",
                                    "--enable-bulk-memory"};
    if (exceptions) {
        for (const char* f : {"--enable-exception-handling", "--enable-mutable-globals",
                              "--enable-sign-ext", "--enable-nontrapping-float-to-int"})
            cmd.push_back(f);
    }
    const std::string level = asyncify_opt_level(options);
    if (!level.empty()) cmd.push_back(level);
    if (options.debug_info) cmd.push_back("-g");  // keep the name section
    cmd.push_back("-o");
    cmd.push_back(out_path);
    return cmd;
}

}  // namespace wasix_driver
