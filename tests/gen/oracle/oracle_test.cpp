// The oracle's own footing: the facts of seeds/000 were read completely (so
// a broken reader or a truncated facts file cannot pass vacuously) and the
// spec has the modules 000 and abi-facts.md describe.
#include "abi_facts.hpp"
#include "oracle_fixture.hpp"

#include <set>

using namespace oracle;

namespace {

bool is_hidden_name(const std::string& name) { return name.rfind("hidden", 0) == 0; }

}  // namespace

TEST_CASE("oracle: the facts of seeds/000 are read completely", "[oracle]") {
    const Oracle& o = require_loaded();
    const SeedDocument& seed = o.seed;

    // seeds/README.md: "107 types and 72 functions".
    const std::size_t seed_types = seed.types.size();
    const std::size_t seed_functions = seed.functions.size();
    FACT("document counts", seed_types == 107u);
    FACT("document counts", seed_functions == 72u);
    CHECK(seed.module_name == "wasix_module_name");

    std::set<std::string> names;
    for (const SeedType& t : seed.types) {
        INFO("type " << t.name << " (000 line " << t.line << ")");
        CHECK(names.insert(t.name).second);
        CHECK(t.size.has_value());
        CHECK(t.align.has_value());
        CHECK(!(t.members.empty() && t.kind == "Record"));
        CHECK(!(t.cases.empty() && t.kind == "Variant"));
        for (const SeedItem& m : t.members) {
            INFO("member " << m.name << " (000 line " << m.line << ")");
            CHECK((m.offset.has_value() != m.bit.has_value()));
            CHECK(m.offset.has_value() == t.members.front().offset.has_value());
        }
        if (t.variant_layout) {
            CHECK(t.variant_layout->size.has_value());
            CHECK(t.variant_layout->align.has_value());
            CHECK(t.variant_layout->tag_size.has_value());
        }
    }
    std::set<std::string> fnames;
    for (const SeedFunction& f : seed.functions) {
        INFO("function " << f.name << " (000 line " << f.line << ")");
        CHECK(fnames.insert(f.name).second);
        if (!f.result) continue;
        REQUIRE(f.result_layout.has_value());
        CHECK(f.result_layout->size.has_value());
        CHECK(f.result_layout->align.has_value());
        CHECK(f.result_layout->tag_size.has_value());
        for (const SeedItem& m : f.ok_members) CHECK(m.offset.has_value());
    }

    // The types 000 hides are exactly the fifteen abi-facts.md names.
    std::set<std::string> hidden;
    for (const SeedType& t : seed.types) {
        bool any = false;
        for (const SeedItem& c : t.cases) any = any || is_hidden_name(c.name);
        for (const SeedItem& m : t.members) any = any || is_hidden_name(m.name);
        if (any) hidden.insert(t.name);
    }
    std::set<std::string> expected;
    for (const HiddenType& h : hidden_types()) expected.insert(h.name);
    FACT("document counts", hidden.size() == 15u);
    FACT("document counts", hidden == expected);
}

TEST_CASE("oracle: the spec's preview1 module has the 46 preview1 functions", "[oracle]") {
    const Oracle& o = require_loaded();
    const wasixgen::Module& m = *o.preview1;
    INFO("module $" << m.name);
    const std::size_t spec_count = m.functions.size();
    FACT("preview1 functions", spec_count == 46u);
    std::set<std::string> spec_names;
    for (const wasixgen::Function& f : m.functions) {
        INFO("spec function " << f.name);
        CHECK(spec_names.insert(f.name).second);
    }
    for (const std::string& name : preview1_functions()) {
        INFO("preview1 function " << name << " (abi-facts.md)");
        FACT("preview1 functions", spec_names.count(name) == 1u);
    }
    std::set<std::string> listed(preview1_functions().begin(), preview1_functions().end());
    for (const std::string& name : spec_names) {
        INFO("spec function " << name << " is not one of the 46 of abi-facts.md");
        CHECK(listed.count(name) == 1u);
    }
}
