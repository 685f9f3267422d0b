// Every function fact of seeds/000 against the spec's WASIX module:
// parameters (names, order, types) and result (type, cases, wasm32 layout,
// tuple member offsets).
#include "abi_facts.hpp"
#include "since_seed.hpp"
#include "oracle_fixture.hpp"
#include "type_label.hpp"

#include <algorithm>
#include <set>

#include "lowering.hpp"

using namespace oracle;
using wasixgen::Function;
using wasixgen::Type;

namespace {

const Function* find_function(const wasixgen::Module& m, const std::string& name) {
    for (const Function& f : m.functions)
        if (f.name == name) return &f;
    return nullptr;
}

bool removed(const std::string& name) {
    const auto& r = functions_removed_since_seed();
    return std::find(r.begin(), r.end(), name) != r.end();
}

const AddedFunction* added(const std::string& name) {
    for (const AddedFunction& a : functions_added_since_seed())
        if (a.name == name) return &a;
    return nullptr;
}

}  // namespace

TEST_CASE("oracle: the WASIX module has 000's functions, less the removed, plus the added", "[oracle][functions]") {
    const Oracle& o = require_loaded();
    const wasixgen::Module& m = *o.wasix;
    INFO("module $" << m.name);
    const std::size_t spec_count = m.functions.size();
    const std::size_t today_count = o.seed.functions.size() - functions_removed_since_seed().size() +
                                    functions_added_since_seed().size();
    FACT("function counts", spec_count == today_count);
    std::set<std::string> spec_names;
    for (const Function& f : m.functions) {
        INFO("spec function " << f.name << " is neither in 000 nor added since (or is there twice)");
        CHECK(spec_names.insert(f.name).second);
        CHECK((o.seed.find_function(f.name) != nullptr) != (added(f.name) != nullptr));
    }
    for (const std::string& gone : functions_removed_since_seed()) {
        INFO("function " << gone << " is in 000, not in the runtime");
        CHECK(o.seed.find_function(gone) != nullptr);
        CHECK(spec_names.count(gone) == 0);
    }
}

TEST_CASE("oracle: the functions added since 000 have the runtime's wasm32 signatures", "[oracle][functions]") {
    const Oracle& o = require_loaded();
    for (const AddedFunction& a : functions_added_since_seed()) {
        INFO("function " << a.name);
        const Function* f = find_function(*o.wasix, a.name);
        FACT("functions present", f != nullptr);
        if (!f) continue;
        const std::string spec_sig = wasixgen::signature_string(wasixgen::lower(*f, wasixgen::MemoryModel::Wasm32));
        FACT("function signatures", spec_sig == a.wasm32);
    }
}

TEST_CASE("oracle: every multi-value result of the spec names its members", "[oracle][functions]") {
    const Oracle& o = require_loaded();
    for (const wasixgen::Module* m : {o.wasix, o.preview1})
        for (const Function& f : m->functions) {
            if (!f.result || !f.result->type->ok || f.result->type->ok->kind != Type::Kind::Tuple) continue;
            INFO("function " << f.name);
            for (const wasixgen::Member& member : f.result->type->ok->members) CHECK(member.named);
        }
}

TEST_CASE("oracle: every function of 000 has its parameters", "[oracle][functions]") {
    const Oracle& o = require_loaded();
    for (const SeedFunction& sf : o.seed.functions) {
        INFO("function " << sf.name << " (000 line " << sf.line << ")");
        const Function* f = find_function(*o.wasix, sf.name);
        if (removed(sf.name)) {
            CHECK(f == nullptr);
            continue;
        }
        FACT("functions present", f != nullptr);
        if (!f) continue;
        const std::size_t spec_params = f->params.size(), seed_params = sf.params.size();
        FACT("parameter counts", spec_params == seed_params);
        for (std::size_t i = 0; i < sf.params.size() && i < f->params.size(); ++i) {
            const SeedItem& p = sf.params[i];
            INFO("param #" << i << " " << p.name << " (000 line " << p.line << ")");
            const std::string spec_name = f->params[i].name, seed_name = p.name;
            FACT("parameter names", spec_name == seed_name);
            const std::string spec_type = seed_label(*f->params[i].type), seed_type = p.type;
            if (param_is_u64_labelled_u32(sf.name, p.name)) {
                const bool as_observed = spec_type == "u64" && seed_type == "u32";
                FACT("parameter types", as_observed);
            } else {
                FACT("parameter types", spec_type == seed_type);
            }
        }
    }
}

TEST_CASE("oracle: every function of 000 has its result and result layout", "[oracle][functions]") {
    const Oracle& o = require_loaded();
    for (const SeedFunction& sf : o.seed.functions) {
        INFO("function " << sf.name << " (000 line " << sf.line << ")");
        const Function* f = find_function(*o.wasix, sf.name);
        if (!f) continue;  // reported above
        const bool spec_has_result = f->result.has_value(), seed_has_result = sf.result.has_value();
        FACT("results", spec_has_result == seed_has_result);
        if (!f->result || !sf.result) continue;

        const Type& expected = *f->result->type;
        const std::string spec_result_name = f->result->name, seed_result_name = sf.result->name;
        FACT("results", spec_result_name == seed_result_name);
        const std::string spec_result = seed_label(expected), seed_result = sf.result->type;
        FACT("result types", spec_result == seed_result);
        if (expected.kind != Type::Kind::Expected) continue;  // the resolver should not allow this

        // Variant cases: `ok` (with the ok type, if any), then `err`.
        std::vector<std::string> spec_cases = {"ok", "err"};
        std::vector<std::string> spec_payloads = {expected.ok ? seed_label(*expected.ok) : "", seed_label(*expected.err)};
        const std::size_t seed_case_count = sf.result_cases.size();
        FACT("result cases", seed_case_count == 2u);
        for (std::size_t i = 0; i < sf.result_cases.size() && i < 2; ++i) {
            const SeedItem& c = sf.result_cases[i];
            INFO("result case " << c.name << " (000 line " << c.line << ")");
            FACT("result cases", spec_cases[i] == c.name);
            const std::string spec_payload = spec_payloads[i], seed_payload = c.type;
            FACT("result cases", spec_payload == seed_payload);
        }

        // Layout: a variant with a u32 tag.
        const wasixgen::VariantLayout v = o.layout.result(expected);
        const SeedVariantLayout& sl = *sf.result_layout;
        const std::uint64_t spec_size = v.layout.size, seed_size = sl.size.value_or(~0ull);
        const std::uint64_t spec_align = v.layout.align, seed_align = sl.align.value_or(~0ull);
        const std::uint64_t spec_tag = v.tag_size, seed_tag = sl.tag_size.value_or(~0ull);
        FACT("result layouts", spec_size == seed_size);
        FACT("result layouts", spec_align == seed_align);
        FACT("result layouts", spec_tag == seed_tag);
        CHECK(seed_tag == 4u);

        // A tuple ok value: its members' names, types and offsets.
        const bool spec_tuple = expected.ok && expected.ok->kind == Type::Kind::Tuple;
        const bool seed_tuple = !sf.ok_members.empty();
        FACT("result tuples", spec_tuple == seed_tuple);
        if (!spec_tuple || !seed_tuple) continue;
        const Type& tuple = *expected.ok;
        const std::vector<std::uint64_t> offsets = o.layout.member_offsets(tuple);
        const std::size_t spec_members = tuple.members.size(), seed_members = sf.ok_members.size();
        FACT("result tuples", spec_members == seed_members);
        for (std::size_t i = 0; i < sf.ok_members.size() && i < tuple.members.size(); ++i) {
            const SeedItem& m = sf.ok_members[i];
            INFO("tuple member " << m.name << " (000 line " << m.line << ")");
            const std::string seed_name = m.name, position = std::to_string(i);
            FACT("result tuples", seed_name == position);
            const std::string spec_type = seed_label(*tuple.members[i].type), seed_type = m.type;
            FACT("result tuples", spec_type == seed_type);
            const std::uint64_t spec_offset = offsets[i], seed_offset = m.offset.value_or(~0ull);
            FACT("result tuple offsets", spec_offset == seed_offset);
        }
    }
}
