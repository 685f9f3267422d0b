// Memory layout of witx types for one memory model (wasm32 or wasm64).
#pragma once

#include "ast.hpp"

#include <cstdint>
#include <map>
#include <vector>

namespace wasixgen {

struct Layout {
    std::uint64_t size = 0;
    std::uint64_t align = 1;
};

struct VariantLayout {
    Layout layout;
    std::uint64_t tag_size = 0;
    std::uint64_t payload_offset = 0;
};

std::uint64_t align_up(std::uint64_t value, std::uint64_t align);

// Layout rules: records are C structs; enums and flags are their repr;
// handles are 32-bit; pointers and usize are 4 bytes on wasm32 and 8 on
// wasm64; string and list are (pointer, usize). Variants put the tag at 0
// and the payload at align_up(tag size, largest payload alignment), and
// round the size up to the largest alignment. A function result
// (`expected`) is a variant with a u32 tag. Only call on resolved specs.
class LayoutEngine {
public:
    explicit LayoutEngine(MemoryModel model) : model_(model) {}

    MemoryModel model() const { return model_; }
    std::uint64_t pointer_size() const { return model_ == MemoryModel::Wasm32 ? 4 : 8; }

    Layout of(const Type& t) const;
    // Offsets of a record's or tuple's members, in order.
    std::vector<std::uint64_t> member_offsets(const Type& record) const;
    VariantLayout variant(const Type& variant) const;
    VariantLayout result(const Type& expected) const;

private:
    Layout record(const Type& t, std::vector<std::uint64_t>* offsets) const;
    VariantLayout tagged(Layout tag, const std::vector<const Type*>& payloads) const;

    MemoryModel model_;
    // Layout of each typename, computed once: a spec may reference one type
    // from many places, and recomputing would grow exponentially with depth.
    mutable std::map<const TypeDef*, Layout> cache_;
};

}  // namespace wasixgen
