// Finding the pieces the driver works with: its own directory, the sysroot, clang, wasm-ld,
// wasm-opt, and a PATH for clang that hides wasm-opt.
//
// Environment: only names in the SDK's own WASIX_SDK_ namespace, so that variables exported
// for other SDKs (WASI_SDK_PATH, WASIX_SYSROOT, ...) change nothing; each one that is set
// prints a note on stderr.
#pragma once

#include <string>

namespace wasix_driver {

// The sysroot (default: <bindir>/../share/wasix-sysroot).
constexpr const char* kSysrootVar = "WASIX_SDK_SYSROOT";
// A directory holding clang and wasm-ld (plain or with the -19 suffix), e.g. a wasi-sdk's bin/
// (default: Debian's clang-19 and wasm-ld-19 from PATH, else /usr/lib/llvm-19/bin).
constexpr const char* kLlvmBinVar = "WASIX_SDK_LLVM_BIN";
// The wasm-opt to run for post-link passes (default: see find_wasm_opt).
constexpr const char* kWasmOptVar = "WASIX_SDK_WASM_OPT";

// The value of the SDK setting `name` ("" when unset or empty). A set one is announced once
// per process on stderr: "wasix-clang: note: WHAT from NAME=VALUE".
std::string sdk_setting(const char* name, const char* what);

// An on/off SDK setting: 1 for yes/on/true/1, 0 for no/off/false/0, -1 when unset or anything
// else (announced as sdk_setting does).
int sdk_choice(const char* name, const char* what);

// Absolute directory holding the running executable ("" if it cannot be determined).
std::string self_directory(const char* argv0);

// The sysroot: $WASIX_SDK_SYSROOT if set, else <bindir>/../share/wasix-sysroot (normalised).
std::string find_sysroot(const std::string& bindir);

bool is_directory(const std::string& path);
bool is_file(const std::string& path);  // a regular file (after symbolic links)
bool is_executable_file(const std::string& path);

// First executable called `name` in the directories of `path_list` ("" if none).
std::string search_path(const std::string& name, const std::string& path_list);

struct Compiler {
    std::string clang;   // the clang executable
    std::string linker;  // wasm-ld to pass as -fuse-ld= ("" to let clang find its own)
};

// An LLVM tool by its plain name ("clang", "wasm-ld", "llvm-ar"): in `llvm_bin` when that is
// not empty (NAME, then NAME-19), else NAME-19 on PATH, else /usr/lib/llvm-19/bin/NAME; "" if
// none.
std::string find_llvm_tool(const std::string& name, const std::string& llvm_bin);

// Locates clang and wasm-ld; on failure returns an empty `clang` and fills `error`.
Compiler find_compiler(std::string& error);

// The SDK's own wasm-opt: a launcher, installed next to the drivers, of the pinned npm
// `binaryen` (a recent binaryen compiled to JavaScript and wasm, run by Node).
constexpr const char* kBundledWasmOpt = "wasix-wasm-opt";

// The wasm-opt the driver runs itself ("" if none). $WASIX_SDK_WASM_OPT when set. A module
// with wasm exception instructions needs a binaryen whose asyncify handles them (125 or newer):
// the SDK's <bindir>/wasix-wasm-opt. Any other module takes a native wasm-opt from PATH first
// (several times faster than the JavaScript build), else the SDK's.
std::string find_wasm_opt(const std::string& bindir, bool exceptions);

// $PATH without the directories that contain a `wasm-opt`, so that clang cannot find (and
// silently run) it after linking.
std::string path_without_wasm_opt();

}  // namespace wasix_driver
