#include "asyncify.hpp"

#include <cstdlib>
#include <string>

namespace wasix_driver {

namespace {

bool env_says_yes(const char* name) {
    const char* v = std::getenv(name);
    if (v == nullptr) return false;
    const std::string s(v);
    return s == "1" || s == "yes" || s == "on" || s == "true" || s == "ON" || s == "YES" ||
           s == "TRUE";
}

}  // namespace

bool needs_asyncify(const Options& options, const std::string& wasm_path) {
    (void)wasm_path;  // reserved for inspecting the module's imports
    if (options.asyncify >= 0) return options.asyncify == 1;
    return env_says_yes("WASIX_ASYNCIFY");
}

std::vector<std::string> asyncify_command(const std::string& wasm_opt, const Options& options,
                                          const std::string& wasm_path) {
    std::vector<std::string> cmd = {wasm_opt, wasm_path, "--asyncify", "--enable-threads",
                                    "--enable-bulk-memory"};
    // Asyncify grows the code a lot; optimise along with it at the user's level.
    const std::string& o = options.opt_level;
    if (!o.empty() && o != "-O0") {
        if (o == "-O" || o == "-Og") cmd.push_back("-O1");
        else if (o == "-Ofast" || o == "-O4") cmd.push_back("-O3");
        else cmd.push_back(o);
    }
    if (options.debug_info) cmd.push_back("-g");  // keep the name section
    cmd.push_back("-o");
    cmd.push_back(wasm_path);
    return cmd;
}

}  // namespace wasix_driver
