#include "lowering.hpp"

#include <stdexcept>

namespace wasixgen {

const char* to_string(WasmType t) {
    switch (t) {
    case WasmType::I32: return "i32";
    case WasmType::I64: return "i64";
    case WasmType::F32: return "f32";
    case WasmType::F64: return "f64";
    }
    return "?";
}

namespace {

void lower_value(const Param& p, MemoryModel model, std::vector<CoreParam>& out) {
    const WasmType ptr = model == MemoryModel::Wasm32 ? WasmType::I32 : WasmType::I64;
    const Type& t = underlying(*p.type);
    auto value = [&](WasmType w) { out.push_back({p.name, w, CoreParam::Role::Value, &p, -1}); };
    auto pointer_and_length = [&] {
        out.push_back({p.name, ptr, CoreParam::Role::Pointer, &p, -1});
        out.push_back({p.name + "_len", ptr, CoreParam::Role::Length, &p, -1});
    };
    switch (t.kind) {
    case Type::Kind::Builtin:
        switch (t.builtin) {
        case Builtin::U64:
        case Builtin::S64: return value(WasmType::I64);
        case Builtin::F32: return value(WasmType::F32);
        case Builtin::F64: return value(WasmType::F64);
        case Builtin::Usize: return value(ptr);
        case Builtin::String: return pointer_and_length();
        default: return value(WasmType::I32);
        }
    case Type::Kind::Enum:
    case Type::Kind::Flags: return value(t.repr == IntRepr::U64 ? WasmType::I64 : WasmType::I32);
    case Type::Kind::Handle: return value(WasmType::I32);
    case Type::Kind::Pointer:
    case Type::Kind::ConstPointer: out.push_back({p.name, ptr, CoreParam::Role::Pointer, &p, -1}); return;
    case Type::Kind::List: return pointer_and_length();
    default:
        // The resolver rejects these; reaching here is a bug in the tool.
        throw std::logic_error("cannot lower parameter '" + p.name + "'");
    }
}

}  // namespace

std::vector<const Type*> ok_values(const Function& f) {
    std::vector<const Type*> out;
    if (!f.result || !f.result->type->ok) return out;
    const Type& ok = *f.result->type->ok;
    if (ok.kind == Type::Kind::Tuple) {
        for (const Member& m : ok.members) out.push_back(m.type.get());
    } else {
        out.push_back(&ok);
    }
    return out;
}

CoreSignature lower(const Function& f, MemoryModel model) {
    CoreSignature sig;
    for (const Param& p : f.params) lower_value(p, model, sig.params);
    if (f.result) {
        const WasmType ptr = model == MemoryModel::Wasm32 ? WasmType::I32 : WasmType::I64;
        std::vector<const Type*> oks = ok_values(f);
        for (std::size_t i = 0; i < oks.size(); ++i)
            sig.params.push_back({"out" + std::to_string(i), ptr, CoreParam::Role::Out, nullptr, static_cast<int>(i)});
        sig.result = WasmType::I32;
    }
    return sig;
}

std::string signature_string(const CoreSignature& sig) {
    std::string s = "(";
    for (std::size_t i = 0; i < sig.params.size(); ++i) s += (i ? " " : "") + std::string(to_string(sig.params[i].type));
    s += ") -> ";
    s += sig.result ? to_string(*sig.result) : "()";
    return s;
}

}  // namespace wasixgen
