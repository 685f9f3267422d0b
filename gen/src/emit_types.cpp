// Emits the ABI type headers, per area (areas.hpp): abi/AREA/types.hpp (types
// whose layout is the same in both memory models, in namespace wasix::abi)
// and abi/AREA/wasm32.hpp, abi/AREA/wasm64.hpp (namespaces wasix::wasm32 and
// wasix::wasm64, which also bring in the area's common types); and
// abi/common.hpp, abi/wasm32.hpp, abi/wasm64.hpp, which include every area's.
#include "emit_types.hpp"

#include <cstdio>

#include "emit_util.hpp"
#include "layout.hpp"
#include "naming.hpp"

namespace wasixgen {
namespace {

// Said once per header rather than per check: the forms below are chosen for
// how little clang spends on them (bench/header_cost/why.md).
const char* const kChecksNote =
    "// Every size, alignment and field offset is checked by a static_assert (a failed one quotes\n"
    "// its expression); enum cases count from 0 in order.\n\n";

class TypesEmitter {
public:
    TypesEmitter(const Spec& spec, const Areas& areas) : spec_(spec), areas_(areas) {}

    // abi/AREA/types.hpp: the area's types that are the same in both models.
    std::string common(const std::string& area) {
        const bool shared = area == kSharedArea;
        std::ostringstream out;
        out << header_banner(spec_, "WASIX ABI types of area " + area + " that are the same in both memory models.");
        out << "\n#include \"" << (shared ? "../../support/flags.hpp" : "../shared/types.hpp")
            << "\"\n\n" << kChecksNote << "namespace wasix {\nnamespace abi {\n\n";
        std::vector<const TypeDef*> defs = select(area, false);
        forward_declarations(out, defs);
        LayoutEngine layout(MemoryModel::Wasm32);  // either model gives the same layout here
        for (const TypeDef* d : defs) definition(out, *d, layout);
        out << "}  // namespace abi\n}  // namespace wasix\n";
        return out.str();
    }

    // abi/AREA/wasm32.hpp, abi/AREA/wasm64.hpp: all of the area's types in
    // that model's namespace, those of types.hpp by using-declarations.
    std::string model(const std::string& area, MemoryModel m) {
        const bool shared = area == kSharedArea;
        const std::string ns = to_string(m);
        const bool w32 = m == MemoryModel::Wasm32;
        std::ostringstream out;
        out << header_banner(spec_, "WASIX ABI types of area " + area + " as laid out in " + ns + " guest memory.");
        out << "\n#include \"" << (shared ? "../../support/guest_ptr.hpp" : "../shared/" + ns + ".hpp")
            << "\"\n#include \"types.hpp\"\n\n" << kChecksNote << "namespace wasix {\nnamespace " << ns << " {\n\n";
        if (shared) {
            out << "/// A guest pointer of this model (" << (w32 ? 4 : 8) << " bytes).\n";
            out << "template <class T> using ptr = ::wasix::guest_ptr<T, ::wasix::" << ns << "_model>;\n";
            out << "/// witx `usize`: an unsigned integer of pointer width.\n";
            out << "using usize = " << (w32 ? "::uint32_t" : "::uint64_t") << ";\n";
            out << "/// witx `string` and `list` inside a struct: (pointer, length).\n";
            out << "template <class T> struct slice {\n    ptr<T> data;\n    usize len;\n};\n\n";
        }
        std::vector<const TypeDef*> common_defs = select(area, false);
        if (!common_defs.empty()) {
            out << "// The types of wasix::abi, which have this layout too.\n";
            for (const TypeDef* d : common_defs) out << "using abi::" << cpp_type_name(d->name) << ";\n";
            out << "\n";
        }
        std::vector<const TypeDef*> defs = select(area, true);
        forward_declarations(out, defs);
        LayoutEngine layout(m);
        for (const TypeDef* d : defs) definition(out, *d, layout);
        out << "}  // namespace " << ns << "\n}  // namespace wasix\n";
        return out.str();
    }

    // abi/common.hpp, abi/wasm32.hpp, abi/wasm64.hpp: every area's part.
    std::string umbrella(const std::string& part, const std::string& what) {
        std::ostringstream out;
        out << header_banner(spec_, what) << "\n";
        out << "#include \"" << kSharedArea << "/" << part << "\"\n";
        for (const std::string& a : areas_.names()) out << "#include \"" << a << "/" << part << "\"\n";
        return out.str();
    }

private:
    std::vector<const TypeDef*> select(const std::string& area, bool model_dependent) {
        std::vector<const TypeDef*> out;
        for (const TypeDef* d : emission_order(spec_))
            if (areas_.of(*d) == area && dependence_.of(*d) == model_dependent) out.push_back(d);
        return out;
    }

    static void forward_declarations(std::ostringstream& out, const std::vector<const TypeDef*>& defs) {
        bool any = false;
        for (const TypeDef* d : defs) {
            if (!is_struct_kind(*d->type)) continue;
            out << "struct " << cpp_type_name(d->name) << ";\n";
            any = true;
        }
        if (any) out << "\n";
    }

    // One static_assert per checked number, without a message: clang's
    // diagnostic already quotes the failed expression, the message only adds
    // parsing cost. __builtin_offsetof spares a macro expansion per field
    // (and <stddef.h>); both compilers the headers support provide it. The
    // `ul` literals have the type of sizeof on the guests and the usual
    // hosts, which spares a conversion per check. Merging the checks of a
    // type into one `a && b && ...` does not make them cheaper.
    void size_asserts(std::ostringstream& out, const std::string& name, Layout l) {
        out << "static_assert(sizeof(" << name << ") == " << l.size << "ul);\n";
        out << "static_assert(alignof(" << name << ") == " << l.align << "ul);\n";
    }

    void offset_assert(std::ostringstream& out, const std::string& type, const std::string& member,
                       std::uint64_t offset) {
        out << "static_assert(__builtin_offsetof(" << type << ", " << member << ") == " << offset << "ul);\n";
    }

    void definition(std::ostringstream& out, const TypeDef& d, const LayoutEngine& layout) {
        const std::string name = cpp_type_name(d.name);
        const Type& t = *d.type;
        out << doc_comment(d.doc, "");
        switch (t.kind) {
        case Type::Kind::Enum:
            // The cases count from 0 in order, so no initializers: clang
            // evaluates and converts each one, a large share of an enum's cost.
            out << "enum class " << name << " : " << int_type(t.repr) << " {\n";
            for (std::size_t i = 0; i < t.cases.size(); ++i)
                out << doc_comment(t.cases[i].doc, "    ") << "    " << cpp_name(t.cases[i].name) << ",\n";
            out << "};\n";
            size_asserts(out, name, layout.of(t));
            break;
        case Type::Kind::Flags:
            out << "enum class " << name << " : " << int_type(t.repr) << " {\n";
            for (std::size_t i = 0; i < t.cases.size(); ++i)
                out << doc_comment(t.cases[i].doc, "    ") << "    " << cpp_name(t.cases[i].name) << " = "
                    << bit_literal(i) << ",  // bit " << i << "\n";
            out << "};\n";
            out << "template <> struct is_flags<" << name << "> : flags_marker {};\n";
            size_asserts(out, name, layout.of(t));
            break;
        case Type::Kind::Handle:
            out << "enum class " << name << " : ::int32_t {};\n";
            size_asserts(out, name, layout.of(t));
            break;
        case Type::Kind::Record: record(out, name, t, layout); break;
        case Type::Kind::Variant: variant(out, name, t, layout); break;
        default:
            out << "using " << name << " = " << spell_.member(t, "") << ";\n";
            size_asserts(out, name, layout.of(t));
            break;
        }
        out << "\n";
    }

    void record(std::ostringstream& out, const std::string& name, const Type& t, const LayoutEngine& layout) {
        out << "struct " << name << " {\n";
        for (const Member& m : t.members)
            out << doc_comment(m.doc, "    ") << "    " << spell_.member(*m.type, "") << " " << cpp_name(m.name) << ";\n";
        out << "};\n";
        size_asserts(out, name, layout.of(t));
        std::vector<std::uint64_t> offsets = layout.member_offsets(t);
        for (std::size_t i = 0; i < t.members.size(); ++i) offset_assert(out, name, cpp_name(t.members[i].name), offsets[i]);
    }

    void variant(std::ostringstream& out, const std::string& name, const Type& t, const LayoutEngine& layout) {
        const std::string tag = cpp_type_name(t.tag_name);
        bool any_payload = false;
        for (const VariantCase& c : t.vcases) any_payload |= c.type != nullptr;
        out << "struct " << name << " {\n    " << tag << " tag;\n";
        if (any_payload) {
            out << "    union payload_t {\n";
            for (const VariantCase& c : t.vcases)
                if (c.type)
                    out << doc_comment(c.doc, "        ") << "        " << spell_.member(*c.type, "") << " "
                        << cpp_name(c.name) << ";\n";
            out << "    } u;\n";
        }
        for (const VariantCase& c : t.vcases) {
            const std::string suffix = cpp_suffix(c.name);
            const std::string cname = cpp_name(c.name);
            const std::string tv = tag + "::" + cname;
            // Integers, not enum-class operators: clang resolves `==` and `=`
            // on enum classes through overload resolution, which made these
            // few lines the most expensive part of including the headers.
            // (int, not the tag's own type: no promotion to check.)
            out << "\n    bool is_" << suffix << "() const noexcept { return static_cast<int>(tag) == "
                << case_index(t, c) << "; }\n";
            if (c.type) {
                const std::string ty = spell_.member(*c.type, "");
                out << "    static " << name << " make_" << suffix << "(const " << ty << "& value) noexcept {\n"
                    << "        " << name << " v{" << tv << ", {}};\n"
                    << "        __builtin_memcpy(&v.u." << cname << ", &value, sizeof value);\n        return v;\n    }\n";
                out << "    " << ty << "* get_" << suffix << "() noexcept { return is_" << suffix << "() ? &u." << cname
                    << " : nullptr; }\n";
                out << "    const " << ty << "* get_" << suffix << "() const noexcept { return is_" << suffix
                    << "() ? &u." << cname << " : nullptr; }\n";
            } else {
                out << "    static " << name << " make_" << suffix << "() noexcept {\n        " << name << " v{" << tv
                    << (any_payload ? ", {}" : "") << "};\n        return v;\n    }\n";
            }
        }
        out << "};\n";
        VariantLayout vl = layout.variant(t);
        size_asserts(out, name, vl.layout);
        offset_assert(out, name, "tag", 0);
        if (any_payload) offset_assert(out, name, "u", vl.payload_offset);
    }

    // A flag's value as a plain literal: a shift is a constant expression
    // clang has to evaluate, a literal is not.
    static std::string bit_literal(std::size_t bit) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "0x%llx", 1ull << bit);
        return buf;
    }

    static std::size_t case_index(const Type& t, const VariantCase& c) { return static_cast<std::size_t>(&c - &t.vcases[0]); }

    const Spec& spec_;
    const Areas& areas_;
    TypeSpeller spell_;  // spells names unqualified: each header writes in its own namespace
    ModelDependence dependence_;
};

}  // namespace

void emit_type_headers(const Spec& spec, const Areas& areas, std::vector<GeneratedFile>& out) {
    TypesEmitter e(spec, areas);
    std::vector<std::string> all{kSharedArea};
    all.insert(all.end(), areas.names().begin(), areas.names().end());
    for (const std::string& a : all) {
        out.push_back({"abi/" + a + "/types.hpp", e.common(a)});
        for (MemoryModel m : kAllModels)
            out.push_back({"abi/" + a + "/" + to_string(m) + ".hpp", e.model(a, m)});
    }
    out.push_back({"abi/common.hpp", e.umbrella("types.hpp", "WASIX ABI types that are the same in both memory models.")});
    for (MemoryModel m : kAllModels)
        out.push_back({"abi/" + std::string(to_string(m)) + ".hpp",
                       e.umbrella(std::string(to_string(m)) + ".hpp",
                                  "Every WASIX ABI type as laid out in " + std::string(to_string(m)) +
                                      " guest memory; no import or wrapper.")});
}

}  // namespace wasixgen
