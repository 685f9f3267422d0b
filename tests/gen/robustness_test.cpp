// Hostile-but-valid-looking specs: long reference chains, shared subtrees,
// and names that only clash once mapped to C++ (found by fuzzing).
#include "emitter.hpp"
#include "layout.hpp"
#include "resolver.hpp"
#include "witx_test_support.hpp"

#include <catch2/catch.hpp>

using namespace wasixgen;
using wasixgen::test::load;

namespace {

std::string alias_chain(std::size_t n) {
    std::string s = "(typename $t0 u8)\n";
    for (std::size_t i = 1; i < n; ++i)
        s += "(typename $t" + std::to_string(i) + " $t" + std::to_string(i - 1) + ")\n";
    return s;
}

std::vector<Diagnostic> emit_errors(const std::string& src) {
    auto l = load(src);
    REQUIRE(l.ok);
    std::vector<GeneratedFile> files;
    Diagnostics d;
    CHECK_FALSE(emit_headers(*l.spec, files, d));
    CHECK(files.empty());
    return d.errors();
}

}  // namespace

TEST_CASE("robustness: a reference chain of the maximum depth is fine", "[resolver][robustness]") {
    CHECK(load(alias_chain(kMaxTypeDepth)).ok);
}

TEST_CASE("robustness: a longer chain is an error, reported once, without deep recursion", "[resolver][robustness]") {
    auto l = load(alias_chain(20000));
    CHECK_FALSE(l.ok);
    REQUIRE(l.diags.errors().size() == 1);
    CHECK(l.first_error() == "t.witx:" + std::to_string(kMaxTypeDepth + 1) + ":11: error: type '$t" +
                                 std::to_string(kMaxTypeDepth) + "' is nested too deeply (a chain of more than " +
                                 std::to_string(kMaxTypeDepth) + " type references)");
}

TEST_CASE("robustness: a long by-value cycle is found without deep recursion", "[resolver][robustness]") {
    std::string s;
    const int n = 20000;
    for (int i = 0; i < n; ++i)
        s += "(typename $r" + std::to_string(i) + " (record (field $f $r" + std::to_string((i + 1) % n) + ")))\n";
    auto l = load(s);
    CHECK_FALSE(l.ok);
    CHECK(l.first_error().find("contains itself") != std::string::npos);
}

TEST_CASE("robustness: a self-referencing pointer is not a cycle", "[resolver][robustness]") {
    CHECK(load("(typename $node (record (field $next (@witx pointer $node)) (field $v u32)))").ok);
}

TEST_CASE("robustness: shared subtrees are laid out once (no exponential blowup)", "[layout][robustness]") {
    // Each level holds the next twice: 2^60 paths, 60 distinct types.
    std::string s = "(typename $d0 u8)\n";
    for (int i = 1; i <= 60; ++i)
        s += "(typename $d" + std::to_string(i) + " (record (field $a $d" + std::to_string(i - 1) + ") (field $b $d" +
             std::to_string(i - 1) + ")))\n";
    auto l = load(s);
    REQUIRE(l.ok);
    CHECK(LayoutEngine(MemoryModel::Wasm32).of(*l.spec->find("d40")->type).size == (std::uint64_t{1} << 40));
}

TEST_CASE("robustness: names that meet in C++ are errors", "[emitter][diagnostics]") {
    auto e = emit_errors("(typename $a-b u8)\n(typename $a_b u16)");
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:2:11: error: names 'a_b' and 'a-b' (at t.witx:1:11) both become 'a_b_t' in C++");

    e = emit_errors("(typename $e (enum (@witx tag u8) $x-y $x_y))");
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:1:40: error: cases 'x_y' and 'x-y' (at t.witx:1:35) both become 'x_y' in C++");

    e = emit_errors("(typename $r (record (field $f.g u8) (field $f_g u8)))");
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:1:45: error: fields 'f_g' and 'f.g' (at t.witx:1:29) both become 'f_g' in C++");

    e = emit_errors("(typename $e (enum (@witx tag u8) $2big $_2big))");
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:1:41: error: '_2big' starts with '_', which the C++ naming rule reserves");
}

TEST_CASE("robustness: a typename may not spell a C integer type", "[emitter]") {
    // `uint8` becomes `uint8_t`; builtins are written `::uint8_t`, so the
    // alias cannot change what a u8 field means.
    auto l = load("(typename $uint8 u16)\n(typename $r (record (field $a u8) (field $b u8)))");
    REQUIRE(l.ok);
    std::vector<GeneratedFile> files;
    Diagnostics d;
    REQUIRE(emit_headers(*l.spec, files, d));
    CHECK(files[0].content.find("    ::uint8_t a;\n") != std::string::npos);
    CHECK(files[0].content.find("static_assert(sizeof(r_t) == 2, \"r_t: size\");") != std::string::npos);
}

TEST_CASE("robustness: function and module names must be plain", "[parser][diagnostics]") {
    auto bad_fn = test::parse_only("(module $m (@interface func (export \"a b\")))");
    CHECK(bad_fn.first_error() ==
          "t.witx:1:37: error: function name 'a b' may only contain letters, digits, '_', '-' and '.'");
    auto bad_mod = test::parse_only("(module $m (@witx import_module wasm32 \"m\\\"x\"))");
    CHECK(bad_mod.first_error() ==
          "t.witx:1:40: error: import module name 'm\"x' may only contain letters, digits, '_', '-' and '.'");
}

TEST_CASE("robustness: a directory is not a witx file", "[parser][diagnostics]") {
    Spec spec;
    Diagnostics d;
    CHECK_FALSE(parse_files({"/tmp"}, filesystem_reader(), spec, d));
    CHECK(d.errors().at(0).str() == "/tmp:0:0: error: cannot read file");
}
