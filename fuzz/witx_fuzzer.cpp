// libFuzzer target for the witx front end of wasix-gen: parse, resolve and
// check, lay out for both memory models, and emit the headers -- all in
// memory, through the same FileReader hook the tool uses.
//
// Input format: NUL-separated parts. Part 0 is the root file "main.witx";
// every further part is "NAME\n<text>" and can be reached with (use "NAME").
// A plain witx file (no NUL) is therefore a valid input on its own.
//
// Besides crashes, leaks and hangs (reported by the sanitizers and libFuzzer),
// the target aborts when the front end breaks its own contract:
//   - load_spec fails without recording an error, or records one and succeeds;
//   - a diagnostic is not "file:line:col: error: message";
//   - layout, lowering or emission fails on a spec load_spec accepted (they
//     report nothing, so any exception from them is a crash here): every
//     check belongs to the resolver, so that `wasix-gen --check` accepts
//     exactly what `--out` accepts;
//   - the output differs between two runs on the same input.
#include "emitter.hpp"
#include "frontend.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace {

using namespace wasixgen;

std::map<std::string, std::string> split_files(const std::string& input) {
    std::map<std::string, std::string> files;
    std::size_t start = 0;
    bool first = true;
    while (true) {
        std::size_t end = input.find('\0', start);
        std::string part = input.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (first) {
            files["main.witx"] = part;
            first = false;
        } else {
            std::size_t nl = part.find('\n');
            std::string name = part.substr(0, nl);
            if (!name.empty() && !files.count(name)) files[name] = nl == std::string::npos ? "" : part.substr(nl + 1);
        }
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return files;
}

[[noreturn]] void contract(const char* what, const Diagnostics& diags) {
    std::fprintf(stderr, "witx_fuzzer: contract broken: %s\n", what);
    for (const Diagnostic& d : diags.errors()) std::fprintf(stderr, "  %s\n", d.str().c_str());
    std::abort();
}

void check_messages(const Diagnostics& diags) {
    for (const Diagnostic& d : diags.errors()) {
        const std::string s = d.str();
        if (d.message.empty() || s.find(": error: ") == std::string::npos || d.pos.file.empty())
            contract("malformed diagnostic", diags);
    }
}

// One full run; returns everything the tool could print or write.
std::string run_once(const std::map<std::string, std::string>& files) {
    FileReader reader = [&files](const std::string& path) -> std::optional<std::string> {
        auto it = files.find(path);
        if (it == files.end()) return std::nullopt;
        return it->second;
    };
    Spec spec;
    Diagnostics diags;
    const bool loaded = load_spec({"main.witx"}, reader, spec, diags);
    check_messages(diags);
    if (loaded == diags.has_errors()) contract(loaded ? "load_spec succeeded with errors" : "load_spec failed silently", diags);
    if (!loaded) {
        std::string out;
        for (const Diagnostic& d : diags.errors()) out += d.str() + "\n";
        return out;
    }
    std::string out = dump_layout(spec, MemoryModel::Wasm32);
    out += dump_layout(spec, MemoryModel::Wasm64);
    const std::vector<GeneratedFile> headers = emit_headers(spec);
    if (headers.empty()) contract("emit_headers produced no files", diags);
    for (const GeneratedFile& f : headers) out += "== " + f.path + "\n" + f.content;
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 256 * 1024) return -1;  // far beyond any real spec; keeps runs fast
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto files = split_files(input);
    const std::string first = run_once(files);
    // Deterministic output: a second, independent run must agree byte for byte.
    if (run_once(files) != first) {
        std::fprintf(stderr, "witx_fuzzer: contract broken: output differs between two runs\n");
        std::abort();
    }
    return 0;
}
