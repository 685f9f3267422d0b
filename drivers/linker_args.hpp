// Linker options that build systems pass for native ELF toolchains and wasm-ld does not know.
//
// wasm-ld rejects them ("unknown argument"), which would stop configure scripts, libtool and
// hand-written Makefiles at their first link. Each has no meaning for a static WASIX module,
// so the driver removes it (with its value) before clang sees the command line:
//   -rpath DIR, -rpath-link DIR (and their `=` forms, also as clang's own `-rpath DIR`):
//       there is no runtime library search path (no shared libraries);
//   --as-needed, --no-as-needed: nothing is linked dynamically;
//   --no-undefined: wasm-ld already fails on an undefined symbol;
//   --start-group, --end-group, -(, -): wasm-ld resolves symbols from archives in any order;
//   --version-script F, --dynamic-list F: the driver chooses the module's exports;
//   -h NAME (GNU ld's short -soname), --enable-new-dtags, --disable-new-dtags,
//   --hash-style=…, --allow-shlib-undefined, --no-allow-shlib-undefined, --warn-common.
// -soname, -z defs/now/relro, -Bsymbolic, -O1, --gc-sections are wasm-ld's own and pass.
#pragma once

#include <string>
#include <vector>

namespace wasix_driver {

// Whether `item`, one argument as the linker would see it, is dropped; an ignored option
// written without `=` also drops the next linker argument (its value), wherever it comes from
// (`-Wl,-rpath -Wl,DIR`, `-Xlinker -rpath -Xlinker DIR`).
class LinkerArgFilter {
public:
    bool drops(const std::string& item);

private:
    bool drop_value_ = false;
};

// `args` (clang's command line) without the ignored linker options: `-Wl,` lists keep their
// other items, `-Xlinker X` pairs and clang's `-rpath DIR` go as a whole.
std::vector<std::string> drop_ignored_linker_args(const std::vector<std::string>& args);

}  // namespace wasix_driver
