#include "layout.hpp"
#include "witx_test_support.hpp"

#include <catch2/catch.hpp>

using namespace wasixgen;
using wasixgen::test::load;

namespace {

Layout layout_of(const Spec& spec, const char* name, MemoryModel m) { return LayoutEngine(m).of(*spec.find(name)->type); }

const char* const kTypes = R"(
(typename $size (@witx usize))
(typename $e8 (enum (@witx tag u8) $a $b))
(typename $f16 (flags (@witx repr u16) $x))
(typename $f64 (flags (@witx repr u64) $x))
(typename $h (handle))
(typename $rec (record (field $a u8) (field $b u64) (field $c u16)))
(typename $ptrs (record (field $p (@witx pointer u8)) (field $n $size) (field $s string) (field $l (list u32))))
(typename $ip4 (record (field $n0 u8) (field $n1 u8) (field $n2 u8) (field $n3 u8)))
(typename $big (record (field $b0 u64) (field $b1 u16) (field $b2 u16) (field $b3 u16) (field $b4 u16) (field $b5 u16)
  (field $b6 u16) (field $b7 u16) (field $b8 u16) (field $b9 u16) (field $b10 u16) (field $b11 u16) (field $b12 u16)
  (field $b13 u16) (field $b14 u16) (field $b15 u16) (field $b16 u16) (field $b17 u16) (field $b18 u16) (field $b19 u16)
  (field $b20 u16) (field $b21 u16) (field $b22 u16) (field $b23 u16) (field $b24 u16) (field $b25 u16) (field $b26 u16)
  (field $b27 u16) (field $b28 u16) (field $b29 u16) (field $b30 u16) (field $b31 u16) (field $b32 u16) (field $b33 u16)
  (field $b34 u16) (field $b35 u16) (field $b36 u16) (field $b37 u16) (field $b38 u16) (field $b39 u16) (field $b40 u16)
  (field $b41 u16) (field $b42 u16) (field $b43 u16) (field $b44 u16) (field $b45 u16) (field $b46 u16) (field $b47 u16)
  (field $b48 u16) (field $b49 u16) (field $b50 u16) (field $b51 u16)))
(typename $v (variant (@witx tag $e8) (case $a $ip4) (case $b u64)))
(typename $v_empty (variant (@witx tag $e8) (case $a) (case $b)))
(typename $u16tag (enum (@witx tag u16) $p $q))
(typename $v_wide (variant (@witx tag $u16tag) (case $p u8) (case $q u8)))
)";

}  // namespace

TEST_CASE("layout: scalars, enums, flags and handles", "[layout]") {
    auto l = load(kTypes);
    REQUIRE(l.ok);
    for (MemoryModel m : kAllModels) {
        CHECK(layout_of(*l.spec, "e8", m).size == 1);
        CHECK(layout_of(*l.spec, "f16", m).size == 2);
        CHECK(layout_of(*l.spec, "f16", m).align == 2);
        CHECK(layout_of(*l.spec, "f64", m).size == 8);
        CHECK(layout_of(*l.spec, "h", m).size == 4);
    }
    CHECK(layout_of(*l.spec, "size", MemoryModel::Wasm32).size == 4);
    CHECK(layout_of(*l.spec, "size", MemoryModel::Wasm64).size == 8);
}

TEST_CASE("layout: records follow C struct rules", "[layout]") {
    auto l = load(kTypes);
    REQUIRE(l.ok);
    LayoutEngine w32(MemoryModel::Wasm32);
    const Type& rec = *l.spec->find("rec")->type;
    CHECK(w32.of(rec).size == 24);
    CHECK(w32.of(rec).align == 8);
    CHECK(w32.member_offsets(rec) == std::vector<std::uint64_t>{0, 8, 16});
    CHECK(layout_of(*l.spec, "big", MemoryModel::Wasm32).size == 112);
}

TEST_CASE("layout: pointers, usize, string and list depend on the model", "[layout]") {
    auto l = load(kTypes);
    REQUIRE(l.ok);
    const Type& p = *l.spec->find("ptrs")->type;
    LayoutEngine w32(MemoryModel::Wasm32), w64(MemoryModel::Wasm64);
    CHECK(w32.of(p).size == 24);
    CHECK(w32.of(p).align == 4);
    CHECK(w32.member_offsets(p) == std::vector<std::uint64_t>{0, 4, 8, 16});
    CHECK(w64.of(p).size == 48);
    CHECK(w64.of(p).align == 8);
    CHECK(w64.member_offsets(p) == std::vector<std::uint64_t>{0, 8, 16, 32});
}

TEST_CASE("layout: variants put the payload after the tag at the payload's alignment", "[layout]") {
    auto l = load(kTypes);
    REQUIRE(l.ok);
    LayoutEngine w32(MemoryModel::Wasm32);
    VariantLayout v = w32.variant(*l.spec->find("v")->type);
    CHECK(v.tag_size == 1);
    CHECK(v.payload_offset == 8);
    CHECK(v.layout.size == 16);
    CHECK(v.layout.align == 8);
    VariantLayout e = w32.variant(*l.spec->find("v_empty")->type);
    CHECK(e.layout.size == 1);
    CHECK(e.layout.align == 1);
    VariantLayout w = w32.variant(*l.spec->find("v_wide")->type);
    CHECK(w.tag_size == 2);
    CHECK(w.payload_offset == 2);
    CHECK(w.layout.size == 4);
    CHECK(w.layout.align == 2);
}

TEST_CASE("layout: the addr example of abi-facts (tag u8, payload align 2, 110 bytes)", "[layout]") {
    // A 108-byte payload of u8/u16 fields behind a u8 tag: payload at 2, size 110.
    std::string fields;
    for (int i = 0; i < 54; ++i) fields += " (field $b" + std::to_string(i) + " u16)";
    auto l = load("(typename $af (enum (@witx tag u8) $unspec $unix))\n(typename $payload (record" + fields +
                  "))\n(typename $addr (variant (@witx tag $af) (case $unspec u8) (case $unix $payload)))");
    REQUIRE(l.ok);
    VariantLayout v = LayoutEngine(MemoryModel::Wasm32).variant(*l.spec->find("addr")->type);
    CHECK(v.payload_offset == 2);
    CHECK(v.layout.size == 110);
    CHECK(v.layout.align == 2);
}

TEST_CASE("layout: function results are variants with a u32 tag", "[layout]") {
    auto l = load(std::string(test::kPrelude) + R"(
(typename $ts u64)
(module $m (@witx import_module wasm32 "m")
  (@interface func (export "unit") (result $e (expected (error $errno))))
  (@interface func (export "ts") (result $e (expected $ts (error $errno))))
  (@interface func (export "pair") (result $e (expected (tuple $fd $fd) (error $errno))))
  (@interface func (export "mixed") (result $e (expected (tuple $size u16 $ts) (error $errno)))))
)");
    REQUIRE(l.ok);
    LayoutEngine w32(MemoryModel::Wasm32);
    const auto& f = l.spec->modules[0].functions;
    auto r = [&](int i) { return w32.result(*f[i].result->type); };
    CHECK(r(0).layout.size == 8);
    CHECK(r(0).layout.align == 4);
    CHECK(r(0).tag_size == 4);
    CHECK(r(1).layout.size == 16);
    CHECK(r(1).layout.align == 8);
    CHECK(r(2).layout.size == 12);
    CHECK(r(3).payload_offset == 8);
    CHECK(w32.member_offsets(*f[3].result->type->ok) == std::vector<std::uint64_t>{0, 4, 8});
    CHECK(r(3).layout.size == 24);
}
