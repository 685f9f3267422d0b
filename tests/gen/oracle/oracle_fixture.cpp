// Catch2 only declares its listener base classes with this defined.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "oracle_fixture.hpp"
#include "seed_facts.hpp"

#include <iostream>
#include <memory>

#ifndef WASIX_ORACLE_FACTS
#error "WASIX_ORACLE_FACTS (path of the facts file of seeds/000) must be defined by the build"
#endif
#ifndef WASIX_ORACLE_WITX_DIR
#error "WASIX_ORACLE_WITX_DIR (the spec's directory) must be defined by the build"
#endif

namespace oracle {

namespace {

std::unique_ptr<Oracle> load() {
    auto o = std::make_unique<Oracle>();
    o->facts_path = WASIX_ORACLE_FACTS;
    o->witx_dir = WASIX_ORACLE_WITX_DIR;

    std::optional<std::string> text = read_text_file(o->facts_path);
    if (!text) {
        o->problems.push_back("cannot read the facts file " + o->facts_path);
    } else {
        o->seed = read_facts(*text);
        for (const std::string& e : o->seed.errors) o->problems.push_back("facts reader: " + e);
        // Everything in the file was read: written back, it is the same text.
        if (o->seed.errors.empty() && write_facts(o->seed, first_line(*text)) != *text)
            o->problems.push_back("facts reader: " + o->facts_path +
                                  " does not read back as written (edited by hand? regenerate it)");
    }

    wasixgen::Diagnostics diags;
    const std::vector<std::string> roots = {o->witx_dir + "/wasi_snapshot_preview1.witx", o->witx_dir + "/wasix_v1.witx"};
    bool ok = false;
    try {
        ok = wasixgen::load_spec(roots, wasixgen::filesystem_reader(), o->spec, diags);
    } catch (const std::exception& e) {
        o->problems.push_back(std::string("loading the spec threw: ") + e.what());
    }
    for (const wasixgen::Diagnostic& d : diags.errors()) o->problems.push_back("spec: " + d.str());
    if (!ok && diags.errors().empty()) o->problems.push_back("spec: load_spec failed without a diagnostic");

    for (const wasixgen::Module& m : o->spec.modules) {
        const std::string& name32 = m.import_module[static_cast<int>(wasixgen::MemoryModel::Wasm32)];
        const wasixgen::Module** slot = name32 == "wasix_32v1"               ? &o->wasix
                                        : name32 == "wasi_snapshot_preview1" ? &o->preview1
                                                                             : nullptr;
        if (!slot) continue;
        if (*slot) o->problems.push_back("spec: two modules import from " + name32);
        *slot = &m;
    }
    if (ok && !o->wasix) o->problems.push_back("spec: no module imports from wasix_32v1 on wasm32");
    if (ok && !o->preview1) o->problems.push_back("spec: no module imports from wasi_snapshot_preview1 on wasm32");
    return o;
}

std::map<std::string, std::size_t>& fact_counts() {
    static std::map<std::string, std::size_t> counts;
    return counts;
}

}  // namespace

const Oracle& get() {
    static const std::unique_ptr<Oracle> instance = load();
    return *instance;
}

const Oracle& require_loaded() {
    const Oracle& o = get();
    std::string all;
    for (const std::string& p : o.problems) all += p + "\n";
    INFO("facts: " << o.facts_path << "\nwitx: " << o.witx_dir << "\n" << all);
    REQUIRE(o.problems.empty());
    return o;
}

void count_fact(const char* category) { ++fact_counts()[category]; }

std::map<std::string, std::size_t> fact_totals() { return fact_counts(); }

}  // namespace oracle

namespace {

// Prints how many facts were checked, so that a run that checked nothing
// cannot be mistaken for a pass.
struct FactSummary : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testRunEnded(const Catch::TestRunStats& stats) override {
        std::size_t total = 0;
        std::cout << "gen_oracle_test summary (wasm32 layout of gen/witx against seeds/000):\n";
        for (const auto& [category, n] : oracle::fact_totals()) {
            std::cout << "  " << category << ": " << n << "\n";
            total += n;
        }
        std::cout << "  total facts checked: " << total << ", failed assertions: " << stats.totals.assertions.failed
                  << "\n";
    }
};

}  // namespace

CATCH_REGISTER_LISTENER(FactSummary)
