// The two sides of the oracle, loaded once per run: the facts of seeds/000
// (the committed facts file extracted from it, see seed_facts.hpp), and the
// repository's witx spec as read by the generator's front end. Also counts
// the facts checked, printed at the end of the run.
#pragma once

#include "frontend.hpp"
#include "layout.hpp"
#include "seed_document.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace oracle {

struct Oracle {
    std::string facts_path;
    std::string witx_dir;
    SeedDocument seed;
    wasixgen::Spec spec;
    wasixgen::LayoutEngine layout{wasixgen::MemoryModel::Wasm32};
    // The modules by their wasm32 import name (abi-facts.md, "Import modules").
    const wasixgen::Module* wasix = nullptr;     // "wasix_32v1"
    const wasixgen::Module* preview1 = nullptr;  // "wasi_snapshot_preview1"
    // Everything that went wrong while loading; the tests require it empty.
    std::vector<std::string> problems;
};

const Oracle& get();

// Fails the current test (loudly, with every problem) unless both
// documents were read without error.
const Oracle& require_loaded();

// Counts one checked fact of `category` (printed in the run's summary).
void count_fact(const char* category);

// The facts counted so far, by category.
std::map<std::string, std::size_t> fact_totals();

}  // namespace oracle

// CHECK that also counts the fact.
#define FACT(category, ...)                  \
    do {                                     \
        ::oracle::count_fact(category);      \
        CHECK(__VA_ARGS__);                  \
    } while (false)
