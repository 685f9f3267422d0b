// Emits the function headers: abi/imports_wasm32.hpp and abi/imports_wasm64.hpp
// (the raw imports, with exact module and field names and core wasm types,
// in wasix::detail::raw_<module>) and functions.hpp (the typed wrappers in
// namespace wasix, written once for whichever model the guest uses).
#include "emit_functions.hpp"

#include "emit_util.hpp"
#include "lowering.hpp"
#include "naming.hpp"

namespace wasixgen {
namespace {

const char* const kNative = "::wasix::native::";

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
    explicit FunctionsEmitter(const Spec& spec) : spec_(spec) {}

    std::string imports(MemoryModel m) {
        std::ostringstream out;
        out << header_banner(spec_, std::string("Raw WASIX imports for ") + to_string(m) +
                                        " guests. Use the wrappers in <wasix/wasix.hpp> instead.");
        out << "\n#include \"../support/config.hpp\"\n\nnamespace wasix {\nnamespace detail {\n";
        const int mi = m == MemoryModel::Wasm32 ? 0 : 1;
        for (const Module& mod : spec_.modules) {
            const std::string& im = mod.import_module[mi];
            if (im.empty()) continue;
            out << "\n// Module " << mod.name << ", imported as \"" << im << "\".\nnamespace raw_" << cpp_suffix(mod.name)
                << " {\n";
            for (const Function& f : mod.functions) {
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

    std::string wrappers() {
        std::ostringstream out;
        out << header_banner(spec_, "Typed wrappers over every WASIX import, for the guest's own memory model.");
        out << "\n#include \"support/result.hpp\"\n#include \"support/views.hpp\"\n"
            << "#if WASIX_GUEST_WASM64\n#include \"abi/imports_wasm64.hpp\"\n#else\n#include \"abi/imports_wasm32.hpp\"\n#endif\n"
            << "\nnamespace wasix {\n\n";
        error_ = error_type();
        out << "/// What every wrapper returns: the call's value or its error.\n"
            << "template <class T> using result = ::wasix::basic_result<T, " << kNative << error_ << ">;\n";
        for (const Module& mod : spec_.modules) {
            const bool w32 = !mod.import_module[0].empty();
            const bool w64 = !mod.import_module[1].empty();
            out << "\n// ---- Module " << mod.name << " ----\n";
            if (!(w32 && w64)) out << (w32 ? "#if !WASIX_GUEST_WASM64\n" : "#if WASIX_GUEST_WASM64\n");
            for (const Function& f : mod.functions) {
                wrapper(out, mod, f);
            }
            if (!(w32 && w64)) out << "#endif\n";
        }
        out << "\n}  // namespace wasix\n";
        return out.str();
    }

private:
    // The error type all results share (the spec's `errno`; the resolver
    // makes every result name the same typename).
    std::string error_type() const {
        for (const Module& mod : spec_.modules)
            for (const Function& f : mod.functions)
                if (f.result) return cpp_type_name(f.result->type->err->ref_name);
        return cpp_type_name("errno");
    }

    std::string param_type(const Type& t) {
        const Type& u = underlying(t);
        if (u.kind == Type::Kind::Builtin && u.builtin == Builtin::String) return "::wasix::string_ref";
        if (u.kind == Type::Kind::List) return "::wasix::array_view<const " + spell_.member(*u.elem, kNative) + ">";
        if (u.kind == Type::Kind::Pointer) return spell_.member(*u.elem, kNative) + "*";
        if (u.kind == Type::Kind::ConstPointer) return "const " + spell_.member(*u.elem, kNative) + "*";
        return spell_.member(t, kNative);
    }

    // The C++ expression for one core argument.
    std::string argument(const CoreParam& p, bool pointer_width) {
        const std::string core = pointer_width ? "::wasix::detail::iptr" : core_c_type(p.type);
        switch (p.role) {
        case CoreParam::Role::Out: return "::wasix::detail::address_of(" + out_address(p.out_index) + ")";
        case CoreParam::Role::Length: return "static_cast<" + core + ">(" + cpp_name(p.source->name) + ".size())";
        case CoreParam::Role::Pointer: {
            const Type& u = underlying(*p.source->type);
            std::string n = cpp_name(p.source->name);
            if (u.kind == Type::Kind::Pointer || u.kind == Type::Kind::ConstPointer)
                return "::wasix::detail::address_of(" + n + ")";
            return "::wasix::detail::address_of(" + n + ".data())";
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
            out << (i ? ", " : "") << param_type(*f.params[i].type) << " " << cpp_name(f.params[i].name);
        out << ") noexcept {\n";
        std::string call = "::wasix::detail::raw_" + cpp_suffix(mod.name) + "::" + name + "(";
        for (std::size_t i = 0; i < s32.params.size(); ++i)
            call += (i ? ", " : "") + argument(s32.params[i], s32.params[i].type != s64.params[i].type);
        call += ")";
        if (!f.result) {
            out << "    " << call << ";\n";
        } else if (oks.empty()) {
            out << "    return " << result_type << "(::wasix::detail::from_raw, " << call << ");\n";
        } else {
            // The value goes through a local, as in hand-written code: were
            // the import given the result's own storage, the result would
            // escape and its errno would have to live in memory.
            out << "    " << value_type << " out_;\n";
            out << "    const ::int32_t err_ = " << call << ";\n";
            out << "    return " << result_type << "(::wasix::detail::from_raw, err_, out_);\n";
        }
        out << "}\n";
    }

    const Spec& spec_;
    TypeSpeller spell_;
    bool tuple_ = false;
    std::vector<std::string> result_members_;  // C++ names of the tuple's members
    std::string error_;  // C++ name of the shared error type
};

}  // namespace

void emit_function_headers(const Spec& spec, std::vector<GeneratedFile>& out) {
    FunctionsEmitter e(spec);
    out.push_back({"abi/imports_wasm32.hpp", e.imports(MemoryModel::Wasm32)});
    out.push_back({"abi/imports_wasm64.hpp", e.imports(MemoryModel::Wasm64)});
    out.push_back({"functions.hpp", e.wrappers()});
}

}  // namespace wasixgen
