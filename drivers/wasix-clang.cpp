// wasix-clang / wasix-clang++: compiler drivers of the WASIX SDK.
//
// One program, acting as clang or clang++ according to the name it is called by (wasix-clang++
// is a symlink to wasix-clang). It runs Debian's clang-19 (or $WASIX_SDK_LLVM_BIN/clang) for
// wasm32-wasi against the SDK's threaded sysroot, adds what a WASIX module needs at link time
// (see link_flags.hpp), and owns the post-link wasm-opt step (see asyncify.hpp).
//
// Everything clang accepts is forwarded; -shared links a side module for dlopen, and a link
// with -fPIC a program that can load them. Driver-only flags: -f[no-]wasix-asyncify,
// -f[no-]wasix-sjlj, -f[no-]wasix-stack-guard.

#include "asyncify.hpp"
#include "diagnostics.hpp"
#include "link_flags.hpp"
#include "locate.hpp"
#include "options.hpp"
#include "process.hpp"
#include "stack_guard.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#ifndef WASIX_SDK_VERSION
#define WASIX_SDK_VERSION "0.0.0-dev"
#endif

using namespace wasix_driver;

namespace {

bool called_as_cxx(const char* argv0) {
    std::string name = argv0 ? argv0 : "";
    const std::size_t slash = name.find_last_of('/');
    if (slash != std::string::npos) name = name.substr(slash + 1);
    return name.find("++") != std::string::npos;
}

// clang's command line: the driver's target flags first, then (when linking) its link
// defaults, then the user's arguments, so that the user's later flags win where clang lets
// the last one win.
Command clang_command(const Compiler& compiler, bool cxx, const std::string& sysroot,
                      const Options& options) {
    Command cmd;
    cmd.argv.push_back(compiler.clang);
    if (cxx) cmd.argv.push_back("--driver-mode=g++");
    for (std::string& f : target_flags(sysroot, options)) cmd.argv.push_back(std::move(f));
    if (options.links()) {
        for (std::string& f : link_flags(options, compiler.linker, sysroot))
            cmd.argv.push_back(std::move(f));
        // clang runs wasm-opt by itself after linking when -O is given and wasm-opt can be
        // found; clang-19's --no-wasm-opt also drops the link step, so hide wasm-opt instead.
        cmd.path_env = path_without_wasm_opt();
    }
    for (const std::string& a : options.forwarded) cmd.argv.push_back(a);
    return cmd;
}

// The "version" of an npm package.json ("" when unreadable): the runtime's version as the
// SDK installed it next to wasix-run.
std::string package_version(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    const std::size_t key = s.find("\"version\"");
    if (key == std::string::npos) return {};
    const std::size_t open = s.find('"', s.find(':', key));
    const std::size_t close = open == std::string::npos ? open : s.find('"', open + 1);
    if (close == std::string::npos) return {};
    return s.substr(open + 1, close - open - 1);
}

// clang's own --version for the target first: build systems (Meson, libtool) read the compiler's
// kind and version from its first lines. Then what the SDK adds.
int print_version(const Compiler& compiler, const std::string& bindir,
                  const std::string& sysroot) {
    const std::string runtime =
        package_version(bindir + "/../lib/wasix-run/node_modules/@wasmer/sdk/package.json");
    Command cmd;
    cmd.argv = {compiler.clang, "--target=wasm32-wasi", "--version"};
    std::fflush(stdout);
    const int rc = run_command(cmd);
    std::printf("wasix-clang (WASIX SDK) %s\n", WASIX_SDK_VERSION);
    std::printf("runtime: @wasmer/sdk %s\n", runtime.empty() ? "(not installed)" : runtime.c_str());
    std::printf("sysroot: %s%s\n", sysroot.c_str(),
                is_directory(sysroot) ? "" : " (missing)");
    std::printf("clang: %s\n", compiler.clang.c_str());
    return rc;
}

// Removes a (partial) link output; "-" (standard output) and anything that is not a regular
// file (/dev/null) stay.
void remove_output(const std::string& path) {
    struct stat st {};
    if (path == "-" || ::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return;
    ::unlink(path.c_str());
}

// Moves `from` over `to`, with the permissions the linker gave `to` (wasm-opt creates its
// output without the execute bits).
bool replace_output(const std::string& from, const std::string& to) {
    struct stat st {};
    if (::stat(to.c_str(), &st) == 0) ::chmod(from.c_str(), st.st_mode & 07777);
    return std::rename(from.c_str(), to.c_str()) == 0;
}

}  // namespace

int main(int argc, char** argv) {
    const bool cxx = called_as_cxx(argv[0]);
    const std::vector<std::string> args(argv + 1, argv + argc);
    Options options = analyze_arguments(args);
    options.cxx = cxx;

    if (!options.unknown_driver_flag.empty()) {
        print_error("unknown WASIX option '" + options.unknown_driver_flag +
                    "' (known: -fwasix-asyncify, -fno-wasix-asyncify, -fwasix-sjlj, -fno-wasix-sjlj, -fwasix-stack-guard, -fno-wasix-stack-guard)");
        return 1;
    }

    std::string error;
    const Compiler compiler = find_compiler(error);
    if (compiler.clang.empty()) {
        print_error(error);
        return 1;
    }

    const std::string bindir = self_directory(argv[0]);
    const std::string sysroot = find_sysroot(bindir);
    if (options.version) return print_version(compiler, bindir, sysroot);
    if (options.print_sysroot) {
        std::printf("%s\n", sysroot.c_str());
        return 0;
    }
    if (!is_directory(sysroot)) {
        print_error("sysroot not found at " + sysroot +
                    " (set " + std::string(kSysrootVar) + " or install the SDK with its share/wasix-sysroot)");
        return 1;
    }

    // A sysroot built before it had position-independent libc++ builds (a WASIX_SDK_SYSROOT
    // of an older SDK): say so rather than let wasm-ld reject the static libc++.
    const std::string pic_cxx = sysroot + "/lib/wasm32-wasi/" + kPicLibSubdir + "/" +
                                (options.exceptions() ? std::string(kExceptionsLibSubdir) + "/" : "") +
                                "libc++.a";
    if (options.dynamic_main() && cxx && !is_file(pic_cxx)) {
        print_error("-fPIC: the sysroot has no position-independent libc++ (" + pic_cxx +
                    "), so a C++ program cannot be linked for dlopen (rebuild the sysroot, or "
                    "link without -fPIC)");
        return 1;
    }

    Command clang = clang_command(compiler, cxx, sysroot, options);
    const std::string output = options.output.empty() ? "a.out" : options.output;
    if (!options.links()) return exec_command(clang);
    // -### links nothing, so only an explicit choice can be shown.
    if (options.print_only && explicit_asyncify(options) != 1) return exec_command(clang);

    // From here on, a failed step leaves no output behind: make would take a file newer than
    // its inputs for a finished target (as GNU ld removes its output when a link fails).
    const int rc = run_command(clang);
    if (rc != 0) {
        if (!options.print_only) remove_output(output);
        return rc;
    }
    // The stack check goes in before wasm-opt, which would re-encode the instructions it
    // replaces in place.
    if (!options.print_only && stack_guard_wanted(options)) {
        const StackGuardResult guard = guard_stack_file(output);
        if (!guard.error.empty()) {
            print_error("cannot add the stack check of threads to " + output + ": " + guard.error +
                        " (-fno-wasix-stack-guard links without it)");
            remove_output(output);
            return 1;
        }
        if (options.verbose && guard.applies)
            std::fprintf(stderr, "wasix-clang: stack check: %zu stack pointer changes of %s checked\n",
                         guard.rewritten, output.c_str());
    }
    AsyncifyDecision decision;
    if (options.print_only) {
        decision.run = true;
        decision.exceptions = options.exceptions() || options.driver_sjlj();
    } else {
        decision = decide_asyncify(options, output);
        if (!decision.error.empty()) {
            print_error(decision.error);
            remove_output(output);
            return 1;
        }
    }
    if (!decision.run) return 0;

    const std::string wasm_opt = find_wasm_opt(bindir, decision.exceptions);
    if (wasm_opt.empty()) {
        print_error(decision.exceptions
                        ? "the SDK's " + std::string(kBundledWasmOpt) + " (binaryen >= 125) not found next to the driver, needed to asyncify " + output + ", which uses wasm exceptions (reinstall the SDK or set " + std::string(kWasmOptVar) + ")"
                        : "wasm-opt not found, needed to asyncify " + output +
                              " (install binaryen or set " + kWasmOptVar + ")");
        if (!options.print_only) remove_output(output);
        return 1;
    }
    // wasm-opt writes a temporary file beside the output, which replaces the output only
    // once complete.
    const std::string optimised = options.print_only ? output : output + ".wasix-opt.tmp";
    Command opt;
    opt.argv = asyncify_command(wasm_opt, options, output, optimised, decision.exceptions);
    if (options.print_only || options.verbose) {
        // The same shape as clang's own -### / -v listing of the commands it runs.
        std::fflush(stdout);
        if (options.verbose) std::fprintf(stderr, "wasix-clang: %s\n", decision.why.c_str());
        std::fprintf(stderr, "%s\n", quote_for_display(opt.argv).c_str());
        std::fflush(stderr);
    }
    if (options.print_only) return 0;
    const int opt_rc = run_command(opt);
    if (opt_rc != 0 || !replace_output(optimised, output)) {
        print_error(opt_rc != 0 ? "wasm-opt --asyncify failed on " + output + " (exit " +
                                      std::to_string(opt_rc) + ")"
                                : "cannot replace " + output + " with the asyncified module: " +
                                      std::strerror(errno));
        remove_output(optimised);
        remove_output(output);
        return 1;
    }
    return 0;
}
