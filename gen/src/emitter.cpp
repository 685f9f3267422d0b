#include "emitter.hpp"

#include "emit_functions.hpp"
#include "emit_types.hpp"
#include "layout.hpp"
#include "lowering.hpp"

#include <sstream>

namespace wasixgen {

std::vector<GeneratedFile> emit_headers(const Spec& spec) {
    std::vector<GeneratedFile> files;
    Areas areas(spec);
    emit_type_headers(spec, areas, files);
    emit_function_headers(spec, areas, files);
    return files;
}

namespace {

const char* kind_name(const Type& t) {
    switch (t.kind) {
    case Type::Kind::Builtin: return "builtin";
    case Type::Kind::Ref: return "alias";
    case Type::Kind::Pointer: return "pointer";
    case Type::Kind::ConstPointer: return "const_pointer";
    case Type::Kind::List: return "list";
    case Type::Kind::Record: return "record";
    case Type::Kind::Enum: return "enum";
    case Type::Kind::Flags: return "flags";
    case Type::Kind::Handle: return "handle";
    case Type::Kind::Variant: return "variant";
    case Type::Kind::Tuple: return "tuple";
    case Type::Kind::Expected: return "expected";
    }
    return "?";
}

}  // namespace

std::string dump_layout(const Spec& spec, MemoryModel model) {
    LayoutEngine layout(model);
    std::ostringstream out;
    out << "model " << to_string(model) << "\n";
    for (const auto& d : spec.types) {
        const Type& t = *d->type;
        Layout l = layout.of(t);
        out << "type " << d->name << " " << kind_name(t) << " size=" << l.size << " align=" << l.align << "\n";
        switch (t.kind) {
        case Type::Kind::Record: {
            auto offsets = layout.member_offsets(t);
            for (std::size_t i = 0; i < t.members.size(); ++i)
                out << "  field " << t.members[i].name << " offset=" << offsets[i] << "\n";
            break;
        }
        case Type::Kind::Enum:
            for (std::size_t i = 0; i < t.cases.size(); ++i) out << "  case " << t.cases[i].name << " = " << i << "\n";
            break;
        case Type::Kind::Flags:
            for (std::size_t i = 0; i < t.cases.size(); ++i) out << "  flag " << t.cases[i].name << " bit=" << i << "\n";
            break;
        case Type::Kind::Variant: {
            VariantLayout v = layout.variant(t);
            out << "  tag_size=" << v.tag_size << " payload_offset=" << v.payload_offset << "\n";
            for (const VariantCase& c : t.vcases) out << "  case " << c.name << (c.type ? " payload" : "") << "\n";
            break;
        }
        default: break;
        }
    }
    for (const Module& m : spec.modules) {
        const std::string& im = m.import_module[model == MemoryModel::Wasm32 ? 0 : 1];
        for (const Function& f : m.functions) {
            out << "func " << (im.empty() ? "-" : im) << "." << f.name << " " << signature_string(lower(f, model));
            if (f.result) {
                VariantLayout r = layout.result(*f.result->type);
                out << " result size=" << r.layout.size << " align=" << r.layout.align << " tag_size=" << r.tag_size;
                const Type* ok = f.result->type->ok.get();
                if (ok && ok->kind == Type::Kind::Tuple) {
                    out << " ok_offsets=";
                    auto offs = layout.member_offsets(*ok);
                    for (std::size_t i = 0; i < offs.size(); ++i) out << (i ? "," : "") << offs[i];
                }
            }
            if (f.noreturn) out << " noreturn";
            out << "\n";
        }
    }
    return out.str();
}

}  // namespace wasixgen
