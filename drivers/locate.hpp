// Finding the pieces the driver works with: its own directory, the sysroot, clang, wasm-ld,
// wasm-opt, and a PATH for clang that hides wasm-opt.
//
// Environment:
//   WASIX_SYSROOT   overrides the sysroot (default: <bindir>/../share/wasix-sysroot)
//   WASI_SDK_PATH   use $WASI_SDK_PATH/bin/clang (and its wasm-ld) instead of Debian's clang-19
//   WASIX_WASM_OPT  the wasm-opt to run for post-link passes (default: see find_wasm_opt)
#pragma once

#include <string>

namespace wasix_driver {

// Absolute directory holding the running executable ("" if it cannot be determined).
std::string self_directory(const char* argv0);

// The sysroot: $WASIX_SYSROOT if set, else <bindir>/../share/wasix-sysroot (normalised).
std::string find_sysroot(const std::string& bindir);

bool is_directory(const std::string& path);
bool is_file(const std::string& path);  // a regular file (after symbolic links)
bool is_executable_file(const std::string& path);

// First executable called `name` in the directories of `path_list` ("" if none).
std::string search_path(const std::string& name, const std::string& path_list);

struct Compiler {
    std::string clang;   // the clang executable
    std::string linker;  // wasm-ld to pass as -fuse-ld= ("" to let clang find its own)
    bool from_wasi_sdk = false;
};

// Locates clang and wasm-ld; on failure returns an empty `clang` and fills `error`.
Compiler find_compiler(std::string& error);

// The SDK's own wasm-opt: a launcher, installed next to the drivers, of the pinned npm
// `binaryen` (a recent binaryen compiled to JavaScript and wasm, run by Node).
constexpr const char* kBundledWasmOpt = "wasix-wasm-opt";

// The wasm-opt the driver runs itself ("" if none). $WASIX_WASM_OPT when set. A module with
// wasm exception instructions needs a binaryen whose asyncify handles them (125 or newer):
// the SDK's <bindir>/wasix-wasm-opt. Any other module takes a native wasm-opt first
// ($WASI_SDK_PATH/bin, then PATH: several times faster than the JavaScript build), else the
// SDK's.
std::string find_wasm_opt(const std::string& bindir, bool exceptions);

// $PATH without the directories that contain a `wasm-opt`, so that clang cannot find (and
// silently run) it after linking.
std::string path_without_wasm_opt();

}  // namespace wasix_driver
