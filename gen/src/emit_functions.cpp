// Emits the function headers, per area (areas.hpp): abi/AREA/imports_wasm32.hpp
// and abi/AREA/imports_wasm64.hpp (the raw imports, with exact module and
// field names and core wasm types, in wasix::detail::raw_<module>) and
// AREA.hpp (the typed wrappers in namespace wasix, written once for whichever
// model the guest uses); abi/shared/guest.hpp, which they all include; and
// the umbrellas abi/imports_wasm32.hpp, abi/imports_wasm64.hpp and
// functions.hpp.
#include "emit_functions.hpp"

#include "emit_util.hpp"
#include "lowering.hpp"
#include "naming.hpp"

namespace wasixgen {
namespace {

// The wrappers live in namespace wasix, so they name its members without
// `::wasix::`: fewer tokens to parse. A parameter of the same name does not
// hide them, as a name before `::` is looked up as a namespace or type only.
const char* const kNative = "native::";

std::string core_c_type(WasmType t) {
    switch (t) {
    case WasmType::I32: return "::int32_t";
    case WasmType::I64: return "::int64_t";
    case WasmType::F32: return "float";
    case WasmType::F64: return "double";
    }
    return "?";
}

class FunctionsEmitter {
public:
    FunctionsEmitter(const Spec& spec, const Areas& areas) : spec_(spec), areas_(areas) {}

    // abi/AREA/imports_wasm32.hpp, abi/AREA/imports_wasm64.hpp.
    std::string imports(const std::string& area, MemoryModel m) {
        std::ostringstream out;
        out << header_banner(spec_, "Raw WASIX imports of area " + area + " for " + to_string(m) +
                                        " guests. Use the wrappers in <wasix/" + area + ".hpp> instead.");
        out << "\n#include \"../../support/config.hpp\"\n\nnamespace wasix {\nnamespace detail {\n";
        const int mi = m == MemoryModel::Wasm32 ? 0 : 1;
        for (const Module& mod : spec_.modules) {
            const std::string& im = mod.import_module[mi];
            if (im.empty() || !has_area(mod, area)) continue;
            out << "\n// Module " << mod.name << ", imported as \"" << im << "\".\nnamespace raw_" << cpp_suffix(mod.name)
                << " {\n";
            for (const Function& f : mod.functions) {
                if (f.area != area) continue;
                CoreSignature sig = lower(f, m);
                out << "\n// " << im << "." << f.name << ": " << signature_string(sig) << "\n";
                if (f.noreturn) out << "[[noreturn]] ";
                out << "__attribute__((import_module(\"" << im << "\"), import_name(\"" << f.name << "\")))\n";
                out << (sig.result ? core_c_type(*sig.result) : "void") << " " << cpp_name(f.name) << "(";
                std::set<std::string> seen;
                bool named = true;
                for (const CoreParam& p : sig.params) named &= seen.insert(cpp_name(p.name)).second;
                for (std::size_t i = 0; i < sig.params.size(); ++i) {
                    out << (i ? ", " : "") << core_c_type(sig.params[i].type);
                    if (named) out << " " << cpp_name(sig.params[i].name);
                }
                out << ") noexcept;\n";
            }
            out << "\n}  // namespace raw_" << cpp_suffix(mod.name) << "\n";
        }
        out << "\n}  // namespace detail\n}  // namespace wasix\n";
        return out.str();
    }

    // abi/shared/guest.hpp: what every area's wrappers share in a guest.
    std::string guest() {
        std::ostringstream out;
        out << header_banner(spec_, "The guest's own memory model as wasix::native, and the result type of the wrappers.");
        out << "\n#include \"../../support/result.hpp\"\n"
            << "#if WASIX_GUEST_WASM64\n#include \"wasm64.hpp\"\n#else\n#include \"wasm32.hpp\"\n#endif\n"
            << "\nnamespace wasix {\n"
            << "#if WASIX_GUEST_WASM64\nnamespace native = wasm64;\n#else\nnamespace native = wasm32;\n#endif\n"
            << "using namespace native;\n\n";
        out << "/// What every wrapper returns: the call's value or its error.\n"
            << "template <class T> using result = ::wasix::basic_result<T, " << kNative << error_type() << ">;\n";
        out << "\n}  // namespace wasix\n";
        return out.str();
    }

    // AREA.hpp: in a guest, the area's types in the guest's model, its
    // imports and a wrapper for each; elsewhere its types in both models.
    std::string wrappers(const std::string& area) {
        std::ostringstream out;
        out << header_banner(spec_, "WASIX area " + area +
                                        ": its ABI types and, in a guest, typed wrappers over its imports.");
        out << "\n#include \"support/config.hpp\"\n\n#if WASIX_GUEST\n#include \"abi/" << kSharedArea << "/guest.hpp\"\n";
        // string_ref and array_view only where a wrapper takes one: parsing
        // them is a noticeable part of what an area without any costs.
        if (takes_views(area)) out << "#include \"support/views.hpp\"\n";
        out << "#if WASIX_GUEST_WASM64\n#include \"abi/" << area << "/wasm64.hpp\"\n#include \"abi/" << area
            << "/imports_wasm64.hpp\"\n#else\n#include \"abi/" << area << "/wasm32.hpp\"\n#include \"abi/" << area
            << "/imports_wasm32.hpp\"\n#endif\n\nnamespace wasix {\n";
        for (const Module& mod : spec_.modules) {
            if (!has_area(mod, area)) continue;
            const bool w32 = !mod.import_module[0].empty();
            const bool w64 = !mod.import_module[1].empty();
            out << "\n// ---- Module " << mod.name << " ----\n";
            if (!(w32 && w64)) out << (w32 ? "#if !WASIX_GUEST_WASM64\n" : "#if WASIX_GUEST_WASM64\n");
            for (const Function& f : mod.functions)
                if (f.area == area) wrapper(out, mod, f);
            if (!(w32 && w64)) out << "#endif\n";
        }
        out << "\n}  // namespace wasix\n\n#else\n#include \"abi/" << area << "/wasm32.hpp\"\n#include \"abi/" << area
            << "/wasm64.hpp\"\n#endif\n";
        return out.str();
    }

    bool takes_views(const std::string& area) const {
        for (const Module& mod : spec_.modules)
            for (const Function& f : mod.functions) {
                if (f.area != area) continue;
                for (const Param& p : f.params) {
                    const std::string t = wrapper_param_type(spell_, *p.type, kNative);
                    if (t.find("::wasix::string_ref") != std::string::npos ||
                        t.find("::wasix::array_view") != std::string::npos)
                        return true;
                }
            }
        return false;
    }

    // A header that includes `part` of every area, e.g. functions.hpp.
    std::string umbrella(const std::string& what, const std::string& prefix, const std::string& suffix) {
        std::ostringstream out;
        out << header_banner(spec_, what) << "\n";
        for (const std::string& a : areas_.names()) out << "#include \"" << prefix << a << suffix << "\"\n";
        return out.str();
    }

private:
    static bool has_area(const Module& mod, const std::string& area) {
        for (const Function& f : mod.functions)
            if (f.area == area) return true;
        return false;
    }

    // The error type all results share (the spec's `errno`; the resolver
    // makes every result name the same typename).
    std::string error_type() const {
        for (const Module& mod : spec_.modules)
            for (const Function& f : mod.functions)
                if (f.result) return cpp_type_name(f.result->type->err->ref_name);
        return cpp_type_name("errno");
    }

    // The C++ expression for one core argument.
    std::string argument(const CoreParam& p, bool pointer_width) {
        const std::string core = pointer_width ? "detail::iptr" : core_c_type(p.type);
        switch (p.role) {
        case CoreParam::Role::Out: return "detail::address_of(" + out_address(p.out_index) + ")";
        case CoreParam::Role::Length: return "static_cast<" + core + ">(" + cpp_name(p.source->name) + ".size())";
        case CoreParam::Role::Pointer: {
            const Type& u = underlying(*p.source->type);
            std::string n = cpp_name(p.source->name);
            if (u.kind == Type::Kind::Pointer || u.kind == Type::Kind::ConstPointer)
                return "detail::address_of(" + n + ")";
            return "detail::address_of(" + n + ".data())";
        }
        case CoreParam::Role::Value:
            if (p.type == WasmType::F32 || p.type == WasmType::F64) return cpp_name(p.source->name);
            return "static_cast<" + core + ">(" + cpp_name(p.source->name) + ")";
        }
        return "?";
    }

    // Where the import writes ok value `index`.
    std::string out_address(int index) const { return tuple_ ? "&out_." + result_members_[index] : "&out_"; }

    void wrapper(std::ostringstream& out, const Module& mod, const Function& f) {
        const std::string name = cpp_name(f.name);
        CoreSignature s32 = lower(f, MemoryModel::Wasm32);
        CoreSignature s64 = lower(f, MemoryModel::Wasm64);
        std::vector<const Type*> oks = ok_values(f);
        tuple_ = f.result && f.result->type->ok && f.result->type->ok->kind == Type::Kind::Tuple;
        result_members_.clear();
        if (tuple_)
            // Named elements keep their names; unnamed ones are _0, _1, ...
            for (const Member& m : f.result->type->ok->members)
                result_members_.push_back(m.named ? cpp_name(m.name) : "_" + m.name);

        std::string value_type = "void";
        if (tuple_) {
            value_type = name + "_results";
            out << "\n/// The values " << f.name << " returns.\nstruct " << value_type << " {\n";
            for (std::size_t i = 0; i < oks.size(); ++i) {
                out << doc_comment(f.result->type->ok->members[i].doc, "    ");
                out << "    " << spell_.member(*oks[i], kNative) << " " << result_members_[i] << ";\n";
            }
            out << "};\n";
        } else if (!oks.empty()) {
            value_type = spell_.member(*oks[0], kNative);
        }

        out << "\n" << doc_comment(f.doc, "");
        out << "/// Imports " << mod.import_module[0] << (mod.import_module[0].empty() ? "" : " (wasm32)")
            << (mod.import_module[0].empty() || mod.import_module[1].empty() ? "" : ", ") << mod.import_module[1]
            << (mod.import_module[1].empty() ? "" : " (wasm64)") << " \"" << f.name << "\".\n";
        const std::string result_type = "::wasix::result<" + value_type + ">";
        if (f.noreturn)
            // always_inline: clang treats noreturn calls as cold and would
            // otherwise keep a wrapper function around.
            out << "[[noreturn]] __attribute__((always_inline)) inline void ";
        else if (f.result)
            out << "[[nodiscard]] inline " << result_type << " ";
        else
            out << "inline void ";
        out << name << "(";
        for (std::size_t i = 0; i < f.params.size(); ++i)
            out << (i ? ", " : "") << wrapper_param_type(spell_, *f.params[i].type, kNative) << " "
                << cpp_name(f.params[i].name);
        out << ") noexcept {\n";
        std::string call = "detail::raw_" + cpp_suffix(mod.name) + "::" + name + "(";
        for (std::size_t i = 0; i < s32.params.size(); ++i)
            call += (i ? ", " : "") + argument(s32.params[i], s32.params[i].type != s64.params[i].type);
        call += ")";
        if (!f.result) {
            out << "    " << call << ";\n";
        } else if (oks.empty()) {
            // Braces rather than spelling the result type again: fewer tokens
            // to parse, and the headers' cost is mostly tokens.
            out << "    return {detail::from_raw, " << call << "};\n";
        } else {
            // The value goes through a local, as in hand-written code: were
            // the import given the result's own storage, the result would
            // escape and its errno would have to live in memory. The elements
            // of a braced list are evaluated in order, so the call has
            // written out_ before out_ is copied.
            out << "    " << value_type << " out_;\n";
            out << "    return {detail::from_raw, " << call << ", out_};\n";
        }
        out << "}\n";
    }

    const Spec& spec_;
    const Areas& areas_;
    TypeSpeller spell_;
    bool tuple_ = false;
    std::vector<std::string> result_members_;  // C++ names of the tuple's members
};

}  // namespace

void emit_function_headers(const Spec& spec, const Areas& areas, std::vector<GeneratedFile>& out) {
    FunctionsEmitter e(spec, areas);
    out.push_back({std::string("abi/") + kSharedArea + "/guest.hpp", e.guest()});
    for (const std::string& a : areas.names()) {
        for (MemoryModel m : kAllModels)
            out.push_back({"abi/" + a + "/imports_" + to_string(m) + ".hpp", e.imports(a, m)});
        out.push_back({a + ".hpp", e.wrappers(a)});
    }
    for (MemoryModel m : kAllModels)
        out.push_back({"abi/imports_" + std::string(to_string(m)) + ".hpp",
                       e.umbrella(std::string("Raw WASIX imports for ") + to_string(m) +
                                      " guests. Use the wrappers in <wasix/wasix.hpp> instead.",
                                  "", std::string("/imports_") + to_string(m) + ".hpp")});
    out.push_back({"functions.hpp", e.umbrella("Typed wrappers over every WASIX import, for the guest's own memory model: "
                                               "every area's header.",
                                               "", ".hpp")});
}

}  // namespace wasixgen
