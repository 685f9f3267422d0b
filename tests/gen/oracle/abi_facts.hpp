// Reference data that seeds/000 hides or mislabels, copied from
// /work/shared/reference/abi-facts.md (the project's ABI reference). The
// oracle uses it only where 000 cannot speak for itself.
#pragma once

#include <string>
#include <vector>

namespace oracle {

// One of the fifteen preview1 types that 000 shows with `hidden` cases
// (abi-facts.md, "The fifteen types seeds/000 shows as `hidden`").
struct HiddenType {
    std::string name;
    std::string kind;                   // "enum", "flags" or "union"
    std::string repr;                   // enum/flags: "u8".."u64"; union: the tag enum
    std::vector<std::string> cases;     // in case order (bit = position for flags)
    std::vector<std::string> payloads;  // union only: the payload of each case
};
const std::vector<HiddenType>& hidden_types();
const HiddenType* find_hidden_type(const std::string& name);

// The ten scalars 000 labels `u32` that are `u64` (abi-facts.md, "Scalars
// that seeds/000 labels `u32` but that are `u64`").
const std::vector<std::string>& u64_scalars_labelled_u32();

// Record members 000 labels `u32` that are `u64` (same section): the
// members of hash and hugesize, stack_snapshot.user, epoll_data.data2.
bool member_is_u64_labelled_u32(const std::string& type, const std::string& member);

// `size`, labelled `u32` by 000, may be the pointer-width `usize` (4 bytes on
// wasm32, as 000 says): abi-facts.md, "Layout rules": "The runtime writes
// `size` results through pointers at pointer width on wasm64".
bool pointer_width_labelled_u32(const std::string& type);

// Parameters 000 labels `u32` that the runtime takes as `u64` (observed, not
// in abi-facts.md): fd_event's initial_val. Calling it with an i32 traps in
// @wasmer/sdk 0.16.0 ("Cannot convert 3 to a BigInt"); tests/net's eventfd
// test runs the u64 form.
bool param_is_u64_labelled_u32(const std::string& function, const std::string& param);

// `bool` is an enum of repr u8 with cases false, true (same section).
const std::vector<std::string>& bool_cases();

// The 46 preview1 functions (abi-facts.md, "The 46 preview1 functions").
const std::vector<std::string>& preview1_functions();

}  // namespace oracle
