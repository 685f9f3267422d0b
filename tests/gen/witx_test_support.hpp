// Helpers for front-end tests: load witx from in-memory files.
#pragma once

#include "frontend.hpp"

#include <map>
#include <memory>
#include <string>

namespace wasixgen::test {

struct Loaded {
    std::unique_ptr<Spec> spec = std::make_unique<Spec>();
    Diagnostics diags;
    bool ok = false;

    // "file:line:col: error: message" of the first error, or "" if none.
    std::string first_error() const { return diags.errors().empty() ? "" : diags.errors().front().str(); }
    std::string all_errors() const {
        std::string s;
        for (const auto& d : diags.errors()) s += d.str() + "\n";
        return s;
    }
};

inline FileReader memory_reader(std::map<std::string, std::string> files) {
    return [files = std::move(files)](const std::string& path) -> std::optional<std::string> {
        auto it = files.find(path);
        if (it == files.end()) return std::nullopt;
        return it->second;
    };
}

// Parses and resolves `main` (as file "t.witx") plus any other files.
inline Loaded load(const std::string& main, std::map<std::string, std::string> others = {}) {
    Loaded l;
    others["t.witx"] = main;
    l.ok = load_spec({"t.witx"}, memory_reader(std::move(others)), *l.spec, l.diags);
    return l;
}

// Only parses (no name resolution).
inline Loaded parse_only(const std::string& main) {
    Loaded l;
    l.ok = parse_files({"t.witx"}, memory_reader({{"t.witx", main}}), *l.spec, l.diags);
    return l;
}

// A small, valid prelude most tests build on.
constexpr const char* kPrelude = R"((typename $errno (enum (@witx tag u16) $success $inval))
(typename $size (@witx usize))
(typename $fd (handle))
)";

}  // namespace wasixgen::test
