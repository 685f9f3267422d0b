#include "type_label.hpp"

namespace oracle {

using wasixgen::Type;

std::string seed_label(const Type& t) {
    switch (t.kind) {
    case Type::Kind::Builtin: return wasixgen::to_string(t.builtin);
    case Type::Kind::Ref: return t.ref_name;
    case Type::Kind::Pointer: return "Pointer<" + seed_label(*t.elem) + ">";
    case Type::Kind::ConstPointer: return "ConstPointer<" + seed_label(*t.elem) + ">";
    case Type::Kind::List: return "List<" + seed_label(*t.elem) + ">";
    case Type::Kind::Tuple: {
        std::string s = "(";
        for (std::size_t i = 0; i < t.members.size(); ++i) s += (i ? ", " : "") + seed_label(*t.members[i].type);
        return s + ")";
    }
    case Type::Kind::Expected:
        return "Result<" + (t.ok ? seed_label(*t.ok) : std::string("()")) + ", " + seed_label(*t.err) + ">";
    case Type::Kind::Record: return "<anonymous record>";
    case Type::Kind::Enum: return "<anonymous enum>";
    case Type::Kind::Flags: return "<anonymous flags>";
    case Type::Kind::Handle: return "<anonymous handle>";
    case Type::Kind::Variant: return "<anonymous variant>";
    }
    return "?";
}

std::string seed_kind(const wasixgen::TypeDef& def) {
    const Type& t = *def.type;
    switch (t.kind) {
    case Type::Kind::Record:
    case Type::Kind::Flags: return "Record";
    case Type::Kind::Enum:
    case Type::Kind::Variant: return "Variant";
    case Type::Kind::Handle: return "Handle";
    default: return seed_label(t);
    }
}

}  // namespace oracle
