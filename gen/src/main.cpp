// wasix-gen: reads the WASIX witx spec and writes the C++ headers.
#include "emit_docs.hpp"
#include "emitter.hpp"
#include "file_writer.hpp"
#include "frontend.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace {

const char kUsage[] =
    "usage: wasix-gen [--check | --dump-layout wasm32|wasm64 | --out DIR | --verify DIR | --docs DIR |\n"
    "                  --verify-docs DIR] FILE.witx...\n"
    "  --check               parse and check the spec only\n"
    "  --dump-layout MODEL   print every type's layout and function's lowering for MODEL\n"
    "  --out DIR             write the generated headers into DIR (e.g. include/wasix) and remove\n"
    "                        the generated files there that the spec no longer generates\n"
    "  --verify DIR          fail if the headers in DIR differ from what would be generated\n"
    "                        (or DIR holds generated files that the spec no longer generates)\n"
    "  --docs DIR            write the API reference (Markdown, e.g. docs/api) into DIR, as --out\n"
    "  --verify-docs DIR     fail if the API reference in DIR differs, as --verify\n";

int usage_error(const std::string& message) {
    std::cerr << "wasix-gen: error: " << message << "\n" << kUsage;
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace wasixgen;
    enum class Mode { None, Check, Dump, Out, Verify, Docs, VerifyDocs } mode = Mode::None;
    std::string arg;  // DIR or MODEL
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto set_mode = [&](Mode m, bool takes_value) -> bool {
            if (mode != Mode::None) return false;
            mode = m;
            if (takes_value) {
                if (i + 1 >= argc) return false;
                arg = argv[++i];
            }
            return true;
        };
        bool ok = true;
        if (a == "--help" || a == "-h") {
            std::cout << kUsage;
            return 0;
        } else if (a == "--check") {
            ok = set_mode(Mode::Check, false);
        } else if (a == "--dump-layout") {
            ok = set_mode(Mode::Dump, true);
        } else if (a == "--out") {
            ok = set_mode(Mode::Out, true);
        } else if (a == "--verify") {
            ok = set_mode(Mode::Verify, true);
        } else if (a == "--docs") {
            ok = set_mode(Mode::Docs, true);
        } else if (a == "--verify-docs") {
            ok = set_mode(Mode::VerifyDocs, true);
        } else if (!a.empty() && a[0] == '-') {
            return usage_error("unknown option '" + a + "'");
        } else {
            files.push_back(a);
        }
        if (!ok)
            return usage_error(
                "give exactly one of --check, --dump-layout, --out, --verify, --docs, --verify-docs, with its value");
    }
    if (mode == Mode::None) return usage_error("no mode given");
    if (files.empty()) return usage_error("no input files");
    MemoryModel model = MemoryModel::Wasm32;
    if (mode == Mode::Dump) {
        if (arg == "wasm64")
            model = MemoryModel::Wasm64;
        else if (arg != "wasm32")
            return usage_error("unknown memory model '" + arg + "'");
    }

    // Every mode checks the spec the same way, and only here: what --check
    // accepts, the other modes can lay out and emit.
    Spec spec;
    Diagnostics diags;
    if (!load_spec(files, filesystem_reader(), spec, diags)) {
        diags.print(std::cerr);
        return 1;
    }
    std::vector<GeneratedFile> headers;
    std::vector<std::string> stale;
    if (mode == Mode::Out || mode == Mode::Verify || mode == Mode::Docs || mode == Mode::VerifyDocs) {
        headers = mode == Mode::Docs || mode == Mode::VerifyDocs ? emit_docs(spec) : emit_headers(spec);
        std::vector<std::string> paths;
        for (const GeneratedFile& f : headers) paths.push_back(f.path);
        stale = stale_generated_files(arg, paths);
    }

    switch (mode) {
    case Mode::Dump: std::cout << dump_layout(spec, model); break;
    case Mode::Out:
    case Mode::Docs:
        // A bad spec stops above, before anything is written; each file is
        // then replaced atomically.
        for (const GeneratedFile& f : headers) {
            std::string err = write_file_atomically(arg + "/" + f.path, f.content);
            if (!err.empty()) {
                std::cerr << "wasix-gen: error: " << err << "\n";
                return 1;
            }
        }
        for (const std::string& path : stale) {
            std::error_code ec;
            std::filesystem::remove(arg + "/" + path, ec);
            if (ec) {
                std::cerr << "wasix-gen: error: cannot remove '" << arg << "/" << path << "': " << ec.message() << "\n";
                return 1;
            }
            // Its directory too, once empty (remove() leaves a non-empty one).
            std::filesystem::remove(std::filesystem::path(arg + "/" + path).parent_path(), ec);
        }
        break;
    case Mode::Verify:
    case Mode::VerifyDocs: {
        int wrong = 0;
        for (const GeneratedFile& f : headers) {
            std::ifstream in(arg + "/" + f.path, std::ios::binary);
            std::ostringstream ss;
            if (in) ss << in.rdbuf();
            if (!in || ss.str() != f.content) {
                std::cerr << "wasix-gen: error: " << arg << "/" << f.path
                          << " is not what the spec generates; run the generator and commit the result\n";
                ++wrong;
            }
        }
        for (const std::string& path : stale) {
            std::cerr << "wasix-gen: error: " << arg << "/" << path
                      << " was generated but the spec no longer generates it; run the generator and commit the result\n";
            ++wrong;
        }
        if (wrong) return 1;
        break;
    }
    default: break;
    }
    return 0;
}
