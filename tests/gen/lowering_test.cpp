#include "lowering.hpp"
#include "witx_test_support.hpp"

#include <catch2/catch.hpp>

using namespace wasixgen;

namespace {

const char* const kModule = R"(
(typename $errno (enum (@witx tag u16) $success $inval))
(typename $size (@witx usize))
(typename $fd (handle))
(typename $rights (flags (@witx repr u64) $r))
(typename $fdflags (flags (@witx repr u16) $f))
(typename $ts u64)
(typename $iovec (record (field $buf (@witx pointer u8)) (field $len $size)))
(typename $iovecs (list $iovec))
(module $m (@witx import_module wasm32 "m32") (@witx import_module wasm64 "m64")
  (@interface func (export "read") (param $fd $fd) (param $iovs $iovecs) (result $e (expected $size (error $errno))))
  (@interface func (export "open") (param $path string) (param $r $rights) (param $f $fdflags)
     (result $e (expected $fd (error $errno))))
  (@interface func (export "pipe") (result $e (expected (tuple $fd $fd) (error $errno))))
  (@interface func (export "sleep") (param $d $ts) (result $e (expected (error $errno))))
  (@interface func (export "exit") (param $code u32) (@witx noreturn))
  (@interface func (export "cb") (param $name string))
  (@interface func (export "floats") (param $a f32) (param $b f64) (param $n $size))
))";

std::string sig(const Spec& spec, int i, MemoryModel m) { return signature_string(lower(spec.modules[0].functions[i], m)); }

}  // namespace

TEST_CASE("lowering: core signatures in both memory models", "[lowering]") {
    auto l = test::load(kModule);
    REQUIRE(l.ok);
    const Spec& s = *l.spec;
    CHECK(sig(s, 0, MemoryModel::Wasm32) == "(i32 i32 i32 i32) -> i32");
    CHECK(sig(s, 0, MemoryModel::Wasm64) == "(i32 i64 i64 i64) -> i32");
    CHECK(sig(s, 1, MemoryModel::Wasm32) == "(i32 i32 i64 i32 i32) -> i32");
    CHECK(sig(s, 1, MemoryModel::Wasm64) == "(i64 i64 i64 i32 i64) -> i32");
    CHECK(sig(s, 2, MemoryModel::Wasm32) == "(i32 i32) -> i32");
    CHECK(sig(s, 3, MemoryModel::Wasm32) == "(i64) -> i32");
    CHECK(sig(s, 4, MemoryModel::Wasm32) == "(i32) -> ()");
    CHECK(sig(s, 5, MemoryModel::Wasm64) == "(i64 i64) -> ()");
    CHECK(sig(s, 6, MemoryModel::Wasm32) == "(f32 f64 i32) -> ()");
    CHECK(sig(s, 6, MemoryModel::Wasm64) == "(f32 f64 i64) -> ()");
}

TEST_CASE("lowering: roles and names of core params", "[lowering]") {
    auto l = test::load(kModule);
    REQUIRE(l.ok);
    CoreSignature s = lower(l.spec->modules[0].functions[0], MemoryModel::Wasm32);
    REQUIRE(s.params.size() == 4);
    CHECK(s.params[0].role == CoreParam::Role::Value);
    CHECK(s.params[1].role == CoreParam::Role::Pointer);
    CHECK(s.params[1].name == "iovs");
    CHECK(s.params[2].role == CoreParam::Role::Length);
    CHECK(s.params[2].name == "iovs_len");
    CHECK(s.params[3].role == CoreParam::Role::Out);
    CHECK(s.params[3].out_index == 0);
    CoreSignature pipe = lower(l.spec->modules[0].functions[2], MemoryModel::Wasm32);
    CHECK(pipe.params[1].out_index == 1);
    CHECK(ok_values(l.spec->modules[0].functions[2]).size() == 2);
    CHECK(ok_values(l.spec->modules[0].functions[3]).empty());
}
