// Every type fact of seeds/000 against the generator's wasm32 layout of the
// spec: existence, kind, size, alignment, record members and offsets, flag
// bits, enum and variant cases, variant layouts; the fifteen types 000 hides
// against abi-facts.md.
#include "abi_facts.hpp"
#include "since_seed.hpp"
#include "oracle_fixture.hpp"
#include "type_label.hpp"

#include <algorithm>

using namespace oracle;
using wasixgen::Type;
using wasixgen::TypeDef;

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

bool is_flags(const SeedType& t) { return t.kind == "Record" && !t.members.empty() && t.members.front().bit; }
bool is_record(const SeedType& t) { return t.kind == "Record" && !is_flags(t); }
bool is_hidden(const SeedType& t) { return find_hidden_type(t.name) != nullptr; }

// The label 000 should have printed for a member, where abi-facts.md
// corrects it.
std::string expected_member_label(const SeedType& t, const SeedItem& m) {
    if (member_is_u64_labelled_u32(t.name, m.name) && m.type == "u32") return "u64";
    return m.type;
}

}  // namespace

TEST_CASE("oracle: every type of 000 is in the spec with its size and alignment", "[oracle][types]") {
    const Oracle& o = require_loaded();
    for (const SeedType& t : o.seed.types) {
        INFO("type " << t.name << " (000 line " << t.line << ")");
        const TypeDef* def = o.spec.find(t.name);
        if (contains(types_removed_since_seed(), t.name)) {
            CHECK(def == nullptr);
            continue;
        }
        FACT("types present", def != nullptr);
        if (!def || !t.size || !t.align) continue;
        const wasixgen::Layout l = o.layout.of(*def->type);
        const std::uint64_t spec_size = l.size, seed_size = *t.size;
        const std::uint64_t spec_align = l.align, seed_align = *t.align;
        FACT("type sizes", spec_size == seed_size);
        FACT("type alignments", spec_align == seed_align);
    }
}

TEST_CASE("oracle: every type of 000 has the kind 000 gives it", "[oracle][types]") {
    const Oracle& o = require_loaded();
    for (const SeedType& t : o.seed.types) {
        INFO("type " << t.name << " (000 line " << t.line << ")");
        const TypeDef* def = o.spec.find(t.name);
        if (!def) continue;  // reported above
        const Type& u = wasixgen::underlying(*def->type);
        std::string seed_kind_label = t.kind;
        std::string spec_kind_label = seed_kind(*def);
        CAPTURE(seed_kind_label, spec_kind_label);
        if (contains(u64_scalars_labelled_u32(), t.name)) {
            // abi-facts.md: 000 labels these u32 but they are u64; its size is right.
            CHECK(seed_kind_label == "u32");
            FACT("type kinds", spec_kind_label == "u64");
        } else if (pointer_width_labelled_u32(t.name)) {
            // abi-facts.md: pointer width on wasm64; u32 and usize agree on wasm32.
            CHECK(seed_kind_label == "u32");
            FACT("type kinds", (spec_kind_label == "u32" || spec_kind_label == "usize"));
        } else if (kind_changed_since_seed(t.name)) {
            // siflags: a bare u16 in 000, flags of repr u16 today; same size.
            CHECK(seed_kind_label == "u16");
            const bool flags_u16 = u.kind == Type::Kind::Flags && u.repr == wasixgen::IntRepr::U16;
            FACT("type kinds", flags_u16);
        } else if (t.name == "bool") {
            // abi-facts.md: `bool` is an enum of repr u8 with cases false, true.
            CHECK(seed_kind_label == "bool");
            FACT("type kinds", u.kind == Type::Kind::Enum);
            if (u.kind != Type::Kind::Enum) continue;
            std::string spec_repr = wasixgen::to_string(u.repr);
            FACT("type kinds", spec_repr == "u8");
            std::vector<std::string> spec_cases;
            for (const wasixgen::Case& c : u.cases) spec_cases.push_back(c.name);
            FACT("case names", spec_cases == bool_cases());
        } else {
            FACT("type kinds", spec_kind_label == seed_kind_label);
            // 000 writes flags as records of bools with bits, and enums as
            // variants without a layout.
            if (is_flags(t)) FACT("type kinds", u.kind == Type::Kind::Flags);
            if (is_record(t)) FACT("type kinds", u.kind == Type::Kind::Record);
            if (t.kind == "Variant" && t.variant_layout) FACT("type kinds", u.kind == Type::Kind::Variant);
            if (t.kind == "Variant" && !t.variant_layout) FACT("type kinds", u.kind == Type::Kind::Enum);
        }
    }
}

TEST_CASE("oracle: record members have 000's names, order, types and offsets", "[oracle][types]") {
    const Oracle& o = require_loaded();
    for (const SeedType& t : o.seed.types) {
        if (!is_record(t)) continue;
        INFO("record " << t.name << " (000 line " << t.line << ")");
        const TypeDef* def = o.spec.find(t.name);
        if (!def) continue;
        const Type& u = wasixgen::underlying(*def->type);
        if (u.kind != Type::Kind::Record) continue;  // reported by the kind check
        const std::vector<std::uint64_t> offsets = o.layout.member_offsets(*def->type);
        const std::size_t spec_members = u.members.size(), seed_members = t.members.size();
        FACT("record member counts", spec_members == seed_members);
        for (std::size_t i = 0; i < t.members.size(); ++i) {
            const SeedItem& m = t.members[i];
            INFO("member #" << i << " " << m.name << " (000 line " << m.line << ")");
            if (i >= u.members.size()) {
                FAIL_CHECK("the spec's record has no member #" << i);
                continue;
            }
            const std::string spec_name = u.members[i].name, seed_name = m.name;
            FACT("record member names", spec_name == seed_name);
            const std::string spec_type = seed_label(*u.members[i].type), seed_type = expected_member_label(t, m);
            FACT("record member types", spec_type == seed_type);
            const std::uint64_t spec_offset = offsets[i], seed_offset = m.offset.value_or(~0ull);
            FACT("record member offsets", spec_offset == seed_offset);
        }
    }
}

TEST_CASE("oracle: flags have 000's names at 000's bits", "[oracle][types]") {
    const Oracle& o = require_loaded();
    for (const SeedType& t : o.seed.types) {
        if (!is_flags(t) || is_hidden(t)) continue;  // hidden flags: see the abi-facts test
        INFO("flags " << t.name << " (000 line " << t.line << ")");
        const TypeDef* def = o.spec.find(t.name);
        if (!def) continue;
        const Type& u = wasixgen::underlying(*def->type);
        if (u.kind != Type::Kind::Flags) continue;  // reported by the kind check
        // Flags added since 000 come after 000's, at the next bits.
        const std::vector<std::string>* added = flags_added_since_seed(t.name);
        const std::size_t spec_flags = u.cases.size(), seed_flags = t.members.size() + (added ? added->size() : 0);
        FACT("flag counts", spec_flags == seed_flags);
        for (std::size_t i = 0; added && i < added->size() && t.members.size() + i < u.cases.size(); ++i)
            CHECK(u.cases[t.members.size() + i].name == (*added)[i]);
        for (const SeedItem& m : t.members) {
            INFO("flag " << m.name << " (000 line " << m.line << ")");
            CHECK(m.type == "bool");
            const std::uint64_t seed_bit = m.bit.value_or(~0ull);
            std::uint64_t spec_bit = ~0ull;  // the flag's position in the spec
            for (std::size_t i = 0; i < u.cases.size(); ++i)
                if (u.cases[i].name == m.name) spec_bit = i;
            FACT("flag bits", spec_bit == seed_bit);
        }
    }
}

TEST_CASE("oracle: enums and variants have 000's cases in order and its layouts", "[oracle][types]") {
    const Oracle& o = require_loaded();
    for (const SeedType& t : o.seed.types) {
        if (t.kind != "Variant") continue;
        INFO("type " << t.name << " (000 line " << t.line << ")");
        const TypeDef* def = o.spec.find(t.name);
        if (!def) continue;
        const Type& u = wasixgen::underlying(*def->type);
        std::vector<std::string> spec_cases, spec_payloads;
        if (u.kind == Type::Kind::Enum) {
            for (const wasixgen::Case& c : u.cases) spec_cases.push_back(c.name);
        } else if (u.kind == Type::Kind::Variant) {
            for (const wasixgen::VariantCase& c : u.vcases) {
                spec_cases.push_back(c.name);
                spec_payloads.push_back(c.type ? seed_label(*c.type) : "");
            }
        } else {
            continue;  // reported by the kind check
        }

        if (!is_hidden(t)) {  // hidden cases: see the abi-facts test
            const std::size_t spec_count = spec_cases.size(), seed_count = t.cases.size();
            FACT("case counts", spec_count == seed_count);
            for (std::size_t i = 0; i < t.cases.size(); ++i) {
                const SeedItem& c = t.cases[i];
                INFO("case #" << i << " " << c.name << " (000 line " << c.line << ")");
                const std::string spec_name = i < spec_cases.size() ? spec_cases[i] : "<none>";
                FACT("case names", spec_name == c.name);
                if (u.kind == Type::Kind::Variant && i < spec_payloads.size()) {
                    const std::string spec_payload = spec_payloads[i], seed_payload = c.type;
                    FACT("variant payload types", spec_payload == seed_payload);
                }
            }
        }

        if (t.variant_layout && u.kind == Type::Kind::Variant) {
            const wasixgen::VariantLayout v = o.layout.variant(*def->type);
            const std::uint64_t spec_size = v.layout.size, seed_size = t.variant_layout->size.value_or(~0ull);
            const std::uint64_t spec_align = v.layout.align, seed_align = t.variant_layout->align.value_or(~0ull);
            const std::uint64_t spec_tag = v.tag_size, seed_tag = t.variant_layout->tag_size.value_or(~0ull);
            FACT("variant layouts", spec_size == seed_size);
            FACT("variant layouts", spec_align == seed_align);
            FACT("variant layouts", spec_tag == seed_tag);
        }
    }
}

TEST_CASE("oracle: the fifteen types 000 hides match abi-facts.md", "[oracle][types]") {
    const Oracle& o = require_loaded();
    for (const HiddenType& h : hidden_types()) {
        INFO("type " << h.name << " (" << h.kind << " " << h.repr << ", abi-facts.md)");
        const SeedType* t = o.seed.find_type(h.name);
        REQUIRE(t != nullptr);
        const std::vector<SeedItem>& shown = h.kind == "flags" ? t->members : t->cases;
        // 000 shows either one `hidden` entry or `hidden1`..`hiddenN`, one per case.
        const bool numbered = !(shown.size() == 1 && shown[0].name == "hidden");
        if (numbered) {
            const std::size_t seed_count = shown.size(), facts_count = h.cases.size();
            FACT("hidden case counts", seed_count == facts_count);
            for (std::size_t i = 0; i < shown.size(); ++i) CHECK(shown[i].name == "hidden" + std::to_string(i + 1));
        }

        const TypeDef* def = o.spec.find(h.name);
        if (!def) continue;  // reported above
        const Type& u = wasixgen::underlying(*def->type);
        std::vector<std::string> spec_cases, spec_payloads;
        std::string spec_kind = "?", spec_repr = "?";
        if (u.kind == Type::Kind::Enum || u.kind == Type::Kind::Flags) {
            spec_kind = u.kind == Type::Kind::Enum ? "enum" : "flags";
            spec_repr = wasixgen::to_string(u.repr);
            for (const wasixgen::Case& c : u.cases) spec_cases.push_back(c.name);
        } else if (u.kind == Type::Kind::Variant) {
            spec_kind = "union";
            spec_repr = u.tag_name;
            for (const wasixgen::VariantCase& c : u.vcases) {
                spec_cases.push_back(c.name);
                spec_payloads.push_back(c.type ? seed_label(*c.type) : "");
            }
        }
        FACT("hidden kinds", spec_kind == h.kind);
        FACT("hidden kinds", spec_repr == h.repr);
        FACT("hidden case names", spec_cases == h.cases);
        if (h.kind == "union") FACT("hidden payload types", spec_payloads == h.payloads);
        // Where 000 shows a payload or a bit for a hidden entry, it must fit.
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const SeedItem& s = shown[i];
            INFO("000 entry " << s.name << " (000 line " << s.line << ")");
            if (h.kind == "union" && !s.type.empty()) {
                const std::string spec_payload = i < spec_payloads.size() ? spec_payloads[i] : "<none>";
                FACT("hidden payload types", spec_payload == s.type);
            }
            if (h.kind == "flags" && s.bit) {
                const std::uint64_t seed_bit = *s.bit;
                FACT("hidden flag bits", seed_bit < spec_cases.size());
            }
        }
    }
}

TEST_CASE("oracle: the types added since 000 have the runtime's sizes; no other type is new", "[oracle][types]") {
    const Oracle& o = require_loaded();
    for (const AddedType& a : types_added_since_seed()) {
        INFO("type " << a.name);
        CHECK(o.seed.find_type(a.name) == nullptr);
        const TypeDef* def = o.spec.find(a.name);
        FACT("types present", def != nullptr);
        if (!def) continue;
        const wasixgen::Layout l = o.layout.of(*def->type);
        const std::uint64_t spec_size = l.size, spec_align = l.align;
        FACT("type sizes", spec_size == a.size);
        FACT("type alignments", spec_align == a.align);
    }
    for (const auto& def : o.spec.types) {
        if (o.seed.find_type(def->name)) continue;
        INFO("spec type " << def->name << " is neither in 000 nor added since");
        bool listed = false;
        for (const AddedType& a : types_added_since_seed()) listed = listed || a.name == def->name;
        CHECK(listed);
    }
}
