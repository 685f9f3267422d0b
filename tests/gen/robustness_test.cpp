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

std::vector<Diagnostic> load_errors(const std::string& src) {
    auto l = load(src);
    CHECK_FALSE(l.ok);
    return l.diags.errors();
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

TEST_CASE("robustness: names that meet in C++ are errors", "[resolver][diagnostics]") {
    auto e = load_errors("(typename $a-b u8)\n(typename $a_b u16)");
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:2:11: error: names 'a_b' and 'a-b' (at t.witx:1:11) both become 'a_b_t' in C++");

    e = load_errors("(typename $e (enum (@witx tag u8) $x-y $x_y))");
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:1:40: error: cases 'x_y' and 'x-y' (at t.witx:1:35) both become 'x_y' in C++");

    e = load_errors("(typename $r (record (field $f.g u8) (field $f_g u8)))");
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:1:45: error: fields 'f_g' and 'f.g' (at t.witx:1:29) both become 'f_g' in C++");

    e = load_errors("(typename $e (enum (@witx tag u8) $2big $_2big))");
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:1:41: error: '_2big' starts with '_', which the C++ naming rule reserves");

    const std::string m = "(typename $errno (enum (@witx tag u8) $ok))\n(module $m (@witx import_module wasm32 \"m\")\n";
    e = load_errors(m + "(@interface func (export \"f\") (param $a-b u8) (param $a_b u8)))");
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:3:54: error: parameters 'a_b' and 'a-b' (at t.witx:3:38) both become 'a_b' in C++");

    e = load_errors(m + "(@interface func (export \"f\") (param $out_ u8)))");
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:3:38: error: parameter name 'out_' is reserved for the wrappers' locals");

    e = load_errors("(typename $a u8)\n" + m + "(@interface func (export \"a_t\")))");
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:4:26: error: names 'a_t' and 'a' (at t.witx:1:11) both become 'a_t' in C++");
}

TEST_CASE("robustness: a function may not meet the results struct of another", "[resolver][diagnostics]") {
    // fd_pipe's wrapper returns `struct fd_pipe_results`.
    const std::string m = "(typename $errno (enum (@witx tag u8) $ok))\n(module $m (@witx import_module wasm32 \"m\")\n";
    auto e = load_errors(m + "(@interface func (export \"fd_pipe\") (result $r (expected (tuple u8 u8) (error $errno))))\n"
                             "(@interface func (export \"fd_pipe_results\")))");
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:4:26: error: names 'fd_pipe_results' and the results struct of 'fd_pipe' (at "
                        "t.witx:3:26) both become 'fd_pipe_results' in C++");
    // A single ok value is returned as itself: no struct, no clash.
    CHECK(load(m + "(@interface func (export \"fd_dup\") (result $r (expected u8 (error $errno))))\n"
                   "(@interface func (export \"fd_dup_results\")))")
              .ok);
}

TEST_CASE("robustness: two modules of one memory model may not share a function", "[resolver][diagnostics]") {
    const std::string two = "(module $a (@witx import_module wasm32 \"ma\") (@interface func (export \"f\")))\n"
                            "(module $b (@witx import_module MODEL \"mb\") (@interface func (export \"f\")))";
    auto with = [&](const std::string& model) { return std::string(two).replace(two.find("MODEL"), 5, model); };
    auto e = load_errors(with("wasm32"));
    REQUIRE(e.size() == 1);
    CHECK(e[0].str() == "t.witx:2:71: error: modules '$b' and '$a' (at t.witx:1:71) both have function 'f' on wasm32; "
                        "their wrappers would both be wasix::f");
    // Each guest sees only one of them.
    CHECK(load(with("wasm64")).ok);
}

TEST_CASE("robustness: a typename may not spell a C integer type", "[emitter]") {
    // `uint8` becomes `uint8_t`; builtins are written `::uint8_t`, so the
    // alias cannot change what a u8 field means.
    auto l = load("(typename $uint8 u16)\n(typename $r (record (field $a u8) (field $b u8)))");
    REQUIRE(l.ok);
    std::vector<GeneratedFile> files = emit_headers(*l.spec);
    CHECK(files[0].content.find("    ::uint8_t a;\n") != std::string::npos);
    CHECK(files[0].content.find("static_assert(sizeof(r_t) == 2ul);") != std::string::npos);
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
