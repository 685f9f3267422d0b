// Analysis of the user's command line.
//
// The driver does not re-implement clang's option parser: it forwards the user's arguments to
// clang unchanged (minus its own `-fwasix-*` flags) and only classifies them enough to decide
// whether clang will link, whether the user overrides one of the driver's link defaults, and
// whether a post-link step is wanted.
#pragma once

#include <string>
#include <vector>

namespace wasix_driver {

struct Options {
    // The arguments to forward to clang, in order (driver-only flags removed).
    std::vector<std::string> forwarded;

    bool shared = false;          // -shared / -Wl,-shared / -Xlinker --shared: a side module
    int pic_flag = -1;            // last of -fPIC/-fpic: 1, -fno-PIC/-fno-pic: 0, none: -1
    bool stops_before_link = false;  // -c -S -E -M -MM -fsyntax-only --precompile ...
    bool has_inputs = false;      // at least one positional input (file or "-")
    bool has_sources = false;     // an input clang compiles (not an object or archive), or -x
    bool print_only = false;      // -###
    bool verbose = false;         // -v
    bool version = false;         // --version
    bool print_sysroot = false;   // -print-sysroot (as GCC has it; clang has no such flag)
    bool user_max_memory = false; // the user passes --max-memory to the linker
    bool user_stack_size = false; // the user passes -z stack-size=… to the linker
    bool debug_info = false;      // some -g flag (keep names through wasm-opt)
    bool cxx = false;             // called as wasix-clang++ (set by the caller, not from args)
    int exceptions_flag = -1;     // last of -f[no-]exceptions, -f[no-]cxx-exceptions,
                                  // -fwasm-exceptions: 1 on, 0 off, -1 none
    int sjlj_flag = -1;           // -fwasix-sjlj: 1, -fno-wasix-sjlj: 0, unset: -1
    bool user_sjlj = false;       // -mllvm -wasm-enable-sjlj / -enable-emscripten-sjlj given
    std::string output;           // -o value ("" when absent)
    std::string opt_level;        // last -O flag as given ("" when absent)
    int asyncify = -1;            // -fwasix-asyncify: 1, -fno-wasix-asyncify: 0, unset: -1
    int stack_guard = -1;         // -fwasix-stack-guard: 1, -fno-wasix-stack-guard: 0, unset: -1
    std::string unknown_driver_flag;  // an unknown -fwasix-* flag (an error)

    // True when clang will run the linker for this command line.
    bool links() const { return has_inputs && !stops_before_link; }

    // Position-independent code: compiled for a side module or a dynamically linked program.
    bool pic() const { return pic_flag == 1; }

    // A link that makes a side module (-shared): a library for dlopen.
    bool side_module() const { return shared && links(); }

    // A link that makes a dynamically linked program (one that can dlopen side modules): a
    // program linked with -fPIC, like the objects such a program is made of.
    bool dynamic_main() const { return pic() && !shared && links(); }

    // C++ exceptions as native clang++ has them: on for C++ unless turned off, off for C
    // unless turned on (-fexceptions and -fwasm-exceptions mean the same here).
    bool exceptions() const { return exceptions_flag >= 0 ? exceptions_flag == 1 : cxx; }

    // Whether the driver adds LLVM's exception-based setjmp/longjmp lowering
    // (-mllvm -wasm-enable-sjlj): by default, unless -fno-wasix-sjlj or the user's own
    // -mllvm choice of a setjmp lowering.
    // Only commands that compile get it: clang warns that it is unused on a link of objects.
    bool driver_sjlj() const { return sjlj_flag != 0 && !user_sjlj && has_sources; }
};

// Classifies `args` (argv without argv[0]). Response files are looked into for the analysis;
// they are forwarded as they are unless they contain driver-only flags, in which case their
// expanded contents are forwarded instead.
Options analyze_arguments(const std::vector<std::string>& args);

}  // namespace wasix_driver
