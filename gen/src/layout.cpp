#include "layout.hpp"

#include <algorithm>

namespace wasixgen {

std::uint64_t align_up(std::uint64_t value, std::uint64_t align) { return (value + align - 1) / align * align; }

namespace {
Layout scalar(std::uint64_t n) { return {n, n}; }
}  // namespace

Layout LayoutEngine::of(const Type& t) const {
    const std::uint64_t ptr = pointer_size();
    switch (t.kind) {
    case Type::Kind::Builtin:
        switch (t.builtin) {
        case Builtin::U8:
        case Builtin::S8: return scalar(1);
        case Builtin::U16:
        case Builtin::S16: return scalar(2);
        case Builtin::U32:
        case Builtin::S32:
        case Builtin::F32: return scalar(4);
        case Builtin::U64:
        case Builtin::S64:
        case Builtin::F64: return scalar(8);
        case Builtin::Usize: return scalar(ptr);
        case Builtin::String: return {2 * ptr, ptr};
        }
        break;
    case Type::Kind::Ref: {
        if (!t.ref) return Layout{};
        auto it = cache_.find(t.ref);
        if (it != cache_.end()) return it->second;
        Layout l = of(*t.ref->type);
        cache_.emplace(t.ref, l);
        return l;
    }
    case Type::Kind::Pointer:
    case Type::Kind::ConstPointer: return scalar(ptr);
    case Type::Kind::List: return {2 * ptr, ptr};
    case Type::Kind::Record:
    case Type::Kind::Tuple: return record(t, nullptr);
    case Type::Kind::Enum:
    case Type::Kind::Flags: return scalar(static_cast<std::uint64_t>(repr_bits(t.repr) / 8));
    case Type::Kind::Handle: return scalar(4);
    case Type::Kind::Variant: return variant(t).layout;
    case Type::Kind::Expected: return result(t).layout;
    }
    return {};
}

Layout LayoutEngine::record(const Type& t, std::vector<std::uint64_t>* offsets) const {
    Layout out;
    for (const Member& m : t.members) {
        Layout f = of(*m.type);
        out.size = align_up(out.size, f.align);
        if (offsets) offsets->push_back(out.size);
        out.size += f.size;
        out.align = std::max(out.align, f.align);
    }
    out.size = align_up(out.size, out.align);
    return out;
}

std::vector<std::uint64_t> LayoutEngine::member_offsets(const Type& t) const {
    std::vector<std::uint64_t> offsets;
    record(underlying(t), &offsets);
    return offsets;
}

VariantLayout LayoutEngine::tagged(Layout tag, const std::vector<const Type*>& payloads) const {
    std::uint64_t max_size = 0;
    std::uint64_t max_align = 1;
    for (const Type* p : payloads) {
        Layout l = of(*p);
        max_size = std::max(max_size, l.size);
        max_align = std::max(max_align, l.align);
    }
    VariantLayout v;
    v.tag_size = tag.size;
    v.payload_offset = align_up(tag.size, max_align);
    v.layout.align = std::max(tag.align, max_align);
    v.layout.size = align_up(v.payload_offset + max_size, v.layout.align);
    return v;
}

VariantLayout LayoutEngine::variant(const Type& t) const {
    const Type& v = underlying(t);
    std::vector<const Type*> payloads;
    for (const VariantCase& c : v.vcases)
        if (c.type) payloads.push_back(c.type.get());
    Layout tag = v.tag ? of(*v.tag->type) : Layout{1, 1};
    return tagged(tag, payloads);
}

VariantLayout LayoutEngine::result(const Type& t) const {
    std::vector<const Type*> payloads;
    if (t.ok) payloads.push_back(t.ok.get());
    payloads.push_back(t.err.get());
    return tagged(scalar(4), payloads);
}

}  // namespace wasixgen
