#include "link_flags.hpp"

#include "locate.hpp"

namespace wasix_driver {

std::vector<std::string> target_flags(const std::string& sysroot, const Options& options) {
    std::vector<std::string> flags = {
        "--target=wasm32-wasi",
        "--sysroot=" + sysroot,
        // The sysroot is built with threads: every object must be compiled with atomics and
        // bulk memory, and -pthread selects the posix thread model (and makes clang link with
        // -lpthread and --shared-memory).
        "-matomics",
        "-mbulk-memory",
    };
    // A link of objects into a side module uses nothing of -pthread (-nostdlib: no
    // -lpthread), and clang would warn that it is unused.
    if (!(options.side_module() && !options.has_sources)) flags.insert(flags.begin() + 2, "-pthread");
    // C++ exceptions in the one form Debian's clang-19 emits for wasm and the runtime's Node
    // runs: legacy wasm exception handling. Without -fwasm-exceptions clang would compile
    // `throw` into __cxa_throw calls with no unwinder behind them.
    if (options.exceptions()) flags.push_back("-fwasm-exceptions");
    else if (options.exceptions_flag < 0) flags.push_back("-fno-exceptions");
    // setjmp/longjmp lowered by clang onto wasm exceptions: a setjmp costs about as much as a
    // function call and needs no asyncify; only functions that call setjmp change, so other
    // programs carry no exception instructions.
    if (options.driver_sjlj()) {
        flags.push_back("-mllvm");
        flags.push_back("-wasm-enable-sjlj");
    }
    // Native ELF objects export every symbol that is not declared hidden; a side module and a
    // dynamically linked program need the same for dlsym and for the imports of side modules.
    if (options.pic() || options.shared) flags.push_back("-fvisibility=default");
    return flags;
}

namespace {

// The memory every module shares: the runtime provides env.memory, shared between the
// threads (an exported shared memory fails under the runtime), and side modules import the
// same memory as the program.
void add_memory_flags(const Options& options, std::vector<std::string>& flags) {
    flags.push_back("-Wl,--shared-memory");
    flags.push_back("-Wl,--import-memory");
    if (!options.user_max_memory)
        flags.push_back("-Wl,--max-memory=" + std::to_string(kDefaultMaxMemory));
}

std::vector<std::string> side_module_flags(const Options& options, const std::string& libdir) {
    std::vector<std::string> flags;
    // No crt (a side module has no entry point) and no libc/libc++ of its own: what it
    // uses from them comes from the program's exports when it is loaded.
    flags.push_back("-nostdlib");
    const std::string pic_dir = libdir + "/" + kPicLibSubdir;
    const std::string builtins = pic_dir + "/libclang_rt.builtins-wasm32.a";
    if (is_file(builtins)) flags.push_back(builtins);
    // The one part of the unwinder every module with catch blocks has of its own: the code of
    // a catch block hands its landing pad to the personality routine through a thread-local
    // of the unwinder (__wasm_lpad_context), which a module can only reach in its own TLS.
    // The personality routine, __cxa_throw and the rest of libc++abi are the program's.
    const std::string unwinder = pic_dir + "/" + kExceptionsLibSubdir + "/libunwind.a";
    if (options.exceptions() && is_file(unwinder)) flags.push_back(unwinder);
    add_memory_flags(options, flags);
    // --no-entry overrides the _initialize entry clang names for -shared; every symbol
    // nothing in the module defines becomes an import resolved when it is loaded.
    flags.push_back("-Wl,--no-entry,--experimental-pic,--unresolved-symbols=import-dynamic");
    // The runtime runs a module's constructors when it loads it, through this export.
    flags.push_back("-Wl,--export-if-defined=__wasm_call_ctors");
    return flags;
}

}  // namespace

std::vector<std::string> link_flags(const Options& options, const std::string& linker,
                                    const std::string& sysroot) {
    std::vector<std::string> flags;
    if (!linker.empty()) flags.push_back("-fuse-ld=" + linker);
    const std::string libdir = sysroot + "/lib/wasm32-wasi";
    if (options.side_module()) {
        for (std::string& f : side_module_flags(options, libdir)) flags.push_back(std::move(f));
        return flags;
    }
    // A dynamically linked program links the position-independent libc, crt and builtins:
    // their directory is searched first, and its crt1-command.o replaces the one clang
    // would take from the sysroot.
    const std::string pic_dir = libdir + "/" + kPicLibSubdir;
    const std::string archives = options.dynamic_main() ? pic_dir : libdir;
    if (options.dynamic_main()) {
        flags.push_back("-nostartfiles");
        flags.push_back(pic_dir + "/crt1-command.o");
    }
    const std::string builtins = archives + "/libclang_rt.builtins-wasm32.a";
    if (is_file(builtins)) flags.push_back(builtins);
    if (options.exceptions()) {
        // The exception-enabled libc++ and libc++abi live in their own directory (of the
        // static or the position-independent ones), searched before the sysroot's (which
        // clang adds after the command line's -L); the wasm unwinder is their libunwind.a.
        flags.push_back("-L" + archives + "/" + kExceptionsLibSubdir);
        flags.push_back("-lunwind");
        // An exception nothing catches ends in std::terminate, reported like native C++
        // programs do (type and what()): main is entered through a noexcept wrapper
        // (sysroot/libcxx-eh/verbose_terminate.cpp), as a wasm throw does not look for a
        // handler before unwinding.
        // _Unwind_RaiseException is wrapped to remember the exception in flight, which a
        // noexcept violation's std::terminate does not otherwise see; pthread_create to start
        // threads under the same guard (sysroot/libcxx-eh/thread_terminate.cpp).
        if (options.cxx) flags.push_back("-Wl,--wrap=__original_main,--wrap=_Unwind_RaiseException,--wrap=pthread_create");
    }
    if (options.dynamic_main()) {
        flags.push_back("-L" + pic_dir);
        // A position-independent executable whose symbols side modules can import.
        flags.push_back("-Wl,-pie,--experimental-pic,--export-dynamic");
        // What the runtime's dynamic linker provides and wasm-ld leaves undefined in a -pie
        // link (malloc's __heap_base), listed by the sysroot build.
        const std::string runtime_imports = pic_dir + "/runtime-imports.txt";
        if (is_file(runtime_imports))
            flags.push_back("-Wl,--allow-undefined-file=" + runtime_imports);
    }
    add_memory_flags(options, flags);
    // wasi-libc refers to its relative-path resolver only weakly (it is linked in when chdir
    // is), so open("data.txt") would resolve against "/" in a program that never calls
    // chdir. Pull in the sysroot's resolver, which uses the runtime's working directory.
    flags.push_back("-Wl,-u,__wasilibc_find_relpath_alloc");
    // The --wrap flags the sysroot's libc needs (wasi-libc's calls that change the file
    // system go through its wrappers, sysroot/src/__support/ro_mounts.cpp), listed by the
    // sysroot itself as a response file the linker reads.
    const std::string wraps = libdir + "/libc-wraps.rsp";
    if (is_file(wraps)) flags.push_back("-Wl,@" + wraps);
    if (options.dynamic_main()) {
        // The runtime's dynamic linker provides the stack (__stack_pointer is imported), the
        // data's place (__memory_base) and the function table (__indirect_function_table,
        // which a position-independent module imports and cannot export); it finds the TLS
        // layout among the exports (where the driver finds the stack check too: stack_guard.hpp).
        flags.push_back(
            "-Wl,--export-if-defined=__tls_base"
            ",--export-if-defined=__tls_size"
            ",--export-if-defined=__tls_align"
            ",--export-if-defined=__wasm_init_tls"
            ",--export-if-defined=wasi_thread_start"
            ",--export-if-defined=__wasix_stack_set");
        return flags;
    }
    if (!options.user_stack_size)
        flags.push_back("-Wl,-z,stack-size=" + std::to_string(kDefaultStackSize));
    // The main thread's stack goes below the data: a stack that overflows then runs off the
    // bottom of memory and traps, where above the data it would silently overwrite the
    // program's globals (stdio's FILEs among them) first. There are no guard pages.
    flags.push_back("-Wl,--stack-first");
    // The runtime reads and sets the stack pointer (threads, asyncify/fork) and needs the
    // stack bounds and the TLS layout of the module; a new thread enters through
    // wasi_thread_start (defined by the sysroot's pthread implementation).
    flags.push_back(
        "-Wl,--export=__stack_pointer"
        ",--export=__heap_base"
        ",--export=__data_end"
        ",--export-if-defined=__stack_low"
        ",--export-if-defined=__stack_high"
        ",--export-if-defined=__tls_base"
        ",--export-if-defined=__tls_size"
        ",--export-if-defined=__tls_align"
        ",--export-if-defined=__wasm_init_tls"
        ",--export-if-defined=wasi_thread_start");
    // The stack check of threads, which the driver puts in place of every change of the stack
    // pointer after the link (stack_guard.hpp) and finds among the exports.
    flags.push_back("-Wl,--export-if-defined=__wasix_stack_set");
    // The runtime finds guest functions by their table index (the entry of a
    // context_create, call_dynamic, closures): without the table exported as
    // __indirect_function_table it refuses them with EINVAL.
    flags.push_back("-Wl,--export-table");
    return flags;
}

}  // namespace wasix_driver
