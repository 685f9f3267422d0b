#include "ast.hpp"

namespace wasixgen {

int repr_bits(IntRepr r) {
    switch (r) {
    case IntRepr::U8: return 8;
    case IntRepr::U16: return 16;
    case IntRepr::U32: return 32;
    case IntRepr::U64: return 64;
    }
    return 0;
}

const char* to_string(IntRepr r) {
    switch (r) {
    case IntRepr::U8: return "u8";
    case IntRepr::U16: return "u16";
    case IntRepr::U32: return "u32";
    case IntRepr::U64: return "u64";
    }
    return "?";
}

const char* to_string(Builtin b) {
    switch (b) {
    case Builtin::U8: return "u8";
    case Builtin::U16: return "u16";
    case Builtin::U32: return "u32";
    case Builtin::U64: return "u64";
    case Builtin::S8: return "s8";
    case Builtin::S16: return "s16";
    case Builtin::S32: return "s32";
    case Builtin::S64: return "s64";
    case Builtin::F32: return "f32";
    case Builtin::F64: return "f64";
    case Builtin::String: return "string";
    case Builtin::Usize: return "usize";
    }
    return "?";
}

const char* to_string(MemoryModel m) { return m == MemoryModel::Wasm32 ? "wasm32" : "wasm64"; }

const Type& underlying(const Type& t) {
    const Type* p = &t;
    // The resolver rejects alias cycles, so this terminates; the bound is a
    // second line of defence for callers that run before resolution.
    for (int guard = 0; p->kind == Type::Kind::Ref && p->ref && guard < 1000; ++guard) p = p->ref->type.get();
    return *p;
}

}  // namespace wasixgen
