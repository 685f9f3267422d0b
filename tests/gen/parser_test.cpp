#include "sexpr.hpp"
#include "witx_test_support.hpp"

#include <catch2/catch.hpp>

using namespace wasixgen;
using wasixgen::test::parse_only;

TEST_CASE("parser: every type constructor", "[parser]") {
    auto l = parse_only(R"(
(typename $a u32)
(typename $b (@witx usize))
(typename $c (@witx pointer u8))
(typename $d (@witx const_pointer $a))
(typename $e (list $a))
(typename $f (record (field $x u8) (field $y $a)))
(typename $g (enum (@witx tag u8) $p $q))
(typename $h (flags (@witx repr u64) $r $s))
(typename $i (handle))
(typename $j (variant (@witx tag $g) (case $p) (case $q u64)))
(typename $k (union (@witx tag $g) u8 u16))
(typename $l string)
)");
    REQUIRE(l.ok);
    const auto& t = l.spec->types;
    REQUIRE(t.size() == 12);
    CHECK(t[0]->type->kind == Type::Kind::Builtin);
    CHECK(t[1]->type->builtin == Builtin::Usize);
    CHECK(t[2]->type->kind == Type::Kind::Pointer);
    CHECK(t[3]->type->kind == Type::Kind::ConstPointer);
    CHECK(t[3]->type->elem->ref_name == "a");
    CHECK(t[4]->type->kind == Type::Kind::List);
    CHECK(t[5]->type->members.size() == 2);
    CHECK(t[5]->type->members[1].name == "y");
    CHECK(t[6]->type->repr == IntRepr::U8);
    CHECK(t[7]->type->kind == Type::Kind::Flags);
    CHECK(t[7]->type->repr == IntRepr::U64);
    CHECK(t[8]->type->kind == Type::Kind::Handle);
    CHECK(t[9]->type->vcases.size() == 2);
    CHECK(t[9]->type->vcases[0].type == nullptr);
    CHECK(t[10]->type->union_shorthand);
    CHECK(t[11]->type->builtin == Builtin::String);
}

TEST_CASE("parser: modules, functions, results and noreturn", "[parser]") {
    auto l = parse_only(R"(
(module $m
  (@witx import_module wasm32 "m32")
  (@witx import_module wasm64 "m64")
  (import "memory" (memory))
  ;;; Does f.
  (@interface func (export "f")
    (param $x u32)
    (result $error (expected (tuple $x $y) (error $errno))))
  (@interface func (export "g") (@witx noreturn))
))");
    REQUIRE(l.ok);
    REQUIRE(l.spec->modules.size() == 1);
    const Module& m = l.spec->modules[0];
    CHECK(m.import_module[0] == "m32");
    CHECK(m.import_module[1] == "m64");
    CHECK(m.imports_memory);
    REQUIRE(m.functions.size() == 2);
    CHECK(m.functions[0].doc == "Does f.");
    CHECK(m.functions[0].result->type->ok->kind == Type::Kind::Tuple);
    CHECK(m.functions[0].result->type->ok->members.size() == 2);
    CHECK(m.functions[1].noreturn);
}

TEST_CASE("parser: (@witx area) sets the area of the functions after it, in its module", "[parser]") {
    auto l = parse_only(R"(
(module $a
  (@interface func (export "f0"))
  (@witx area $net)
  (@interface func (export "f1"))
  (@interface func (export "f2"))
  (@witx area $proc_2)
  (@interface func (export "f3")))
(module $b (@interface func (export "g0")))
)");
    REQUIRE(l.ok);
    const auto& fa = l.spec->modules[0].functions;
    REQUIRE(fa.size() == 4);
    CHECK(fa[0].area == "core");
    CHECK(fa[1].area == "net");
    CHECK(fa[2].area == "net");
    CHECK(fa[3].area == "proc_2");
    CHECK(l.spec->modules[1].functions[0].area == "core");
}

TEST_CASE("parser: use loads a file once, relative to the user", "[parser]") {
    Spec spec;
    Diagnostics d;
    auto read = test::memory_reader({{"dir/a.witx", "(use \"b.witx\") (use \"./b.witx\") (typename $a $b)"},
                                     {"dir/b.witx", "(typename $b u8)"}});
    REQUIRE(parse_files({"dir/a.witx"}, read, spec, d));
    REQUIRE(spec.types.size() == 2);
    CHECK(spec.types[0]->name == "b");  // the used file's types come first
    CHECK(spec.files == std::vector<std::string>{"dir/a.witx", "dir/b.witx"});
}

TEST_CASE("parser: one run reports independent errors in several forms", "[parser][diagnostics]") {
    auto l = parse_only("(typename $a (bogus))\n(typename $b u8)\n(typename c u8)\n");
    REQUIRE(l.diags.errors().size() == 2);
    CHECK(l.diags.errors()[0].str() == "t.witx:1:15: error: unknown type constructor 'bogus'");
    CHECK(l.diags.errors()[1].str() == "t.witx:3:11: error: expected type name ($name), found keyword");
    CHECK(l.spec->types.size() == 1);  // $b still parsed
}

// One malformed snippet per parser diagnostic: message and position.
TEST_CASE("parser: each syntax error has its message and position", "[parser][diagnostics]") {
    struct Case {
        const char* src;
        const char* error;
    };
    const Case cases[] = {
        {"(typename $a u8", "t.witx:1:16: error: expected ')' to close '(' opened at t.witx:1:1"},
        {")", "t.witx:1:1: error: unexpected ')'"},
        {"(frob)", "t.witx:1:1: error: expected (use ...), (typename ...) or (module ...) at top level"},
        {"(typename $a)", "t.witx:1:1: error: expected (typename $name TYPE)"},
        {"(typename $a u128)", "t.witx:1:14: error: unknown builtin type 'u128'"},
        {"(typename $a \"x\")", "t.witx:1:14: error: expected a type, found string"},
        {"(typename $a ())", "t.witx:1:14: error: expected a type, found ()"},
        {"(typename $a (enum (@witx tag u7) $x))", "t.witx:1:31: error: @witx tag must be u8, u16, u32 or u64"},
        {"(typename $a (enum $x))", "t.witx:1:20: error: expected (@witx tag u8|u16|u32|u64)"},
        {"(typename $a (flags (@witx tag u8) $x))", "t.witx:1:21: error: expected (@witx repr u8|u16|u32|u64)"},
        {"(typename $a (enum (@witx tag u8) x))", "t.witx:1:35: error: expected case name ($name), found keyword"},
        {"(typename $a (@witx pointy u8))",
         "t.witx:1:14: error: unknown @witx type annotation (expected usize, pointer or const_pointer)"},
        {"(typename $a (@witx pointer))", "t.witx:1:14: error: expected (@witx pointer TYPE)"},
        {"(typename $a (record (member $x u8)))", "t.witx:1:22: error: expected (field $name TYPE) in record"},
        {"(typename $a (record (field $x)))", "t.witx:1:22: error: expected (field $name TYPE)"},
        {"(typename $a (variant (case $x)))", "t.witx:1:23: error: variant needs (@witx tag $enum_type)"},
        {"(typename $a (variant (@witx tag $t) (case)))",
         "t.witx:1:38: error: expected (case $name) or (case $name TYPE) in variant"},
        {"(typename $a (expected u8))", "t.witx:1:14: error: expected (error TYPE) in expected"},
        {"(typename $a (expected (error u8) u8))", "t.witx:1:35: error: unexpected item after (error TYPE)"},
        {"(typename $a (handle u8))", "t.witx:1:14: error: expected (handle)"},
        {"(use)", "t.witx:1:1: error: expected (use \"file.witx\")"},
        {"(use \"missing.witx\")", "t.witx:1:6: error: cannot read used file 'missing.witx'"},
        {"(module $m (@witx import_module wasm16 \"x\"))",
         "t.witx:1:33: error: unknown memory model 'wasm16' (expected wasm32 or wasm64)"},
        {"(module $m (@witx import_module wasm32 \"x\") (@witx import_module wasm32 \"y\"))",
         "t.witx:1:45: error: duplicate import_module for wasm32"},
        {"(module $m (import \"table\" (table)))", "t.witx:1:12: error: expected (import \"memory\" (memory))"},
        {"(module $m (func))",
         "t.witx:1:12: error: expected (@interface func ...), (import ...), (@witx import_module ...) or (@witx area ...) "
         "in module"},
        {"(module $m (@witx area))", "t.witx:1:12: error: expected (@witx area $name)"},
        {"(module $m (@witx area \"net\"))", "t.witx:1:12: error: expected (@witx area $name)"},
        {"(module $m (@witx area $Net))",
         "t.witx:1:24: error: area name 'Net' must start with a lower-case letter and hold only a-z, 0-9 and '_'"},
        {"(module $m (@witx area $my-net))",
         "t.witx:1:24: error: area name 'my-net' must start with a lower-case letter and hold only a-z, 0-9 and '_'"},
        {"(module $m (@witx area $2d))",
         "t.witx:1:24: error: area name '2d' must start with a lower-case letter and hold only a-z, 0-9 and '_'"},
        {"(module $m (@witx area $shared))", "t.witx:1:24: error: area name 'shared' is reserved"},
        {"(module $m (@witx area $wasix))", "t.witx:1:24: error: area name 'wasix' is reserved"},
        {"(module $m (@witx area $functions))", "t.witx:1:24: error: area name 'functions' is reserved"},
        {"(module $m (@interface func (export \"f\") (result $r u8) (param $p u8)))",
         "t.witx:1:57: error: parameter after the result"},
        {"(module $m (@interface func (export \"f\") (result $r u8) (result $s u8)))",
         "t.witx:1:57: error: function has more than one result"},
        {"(module $m (@interface func (export \"f\") (@witx yesreturn)))",
         "t.witx:1:42: error: expected (param ...), (result ...) or (@witx noreturn) in function"},
        {"(module $m (@interface func (export \"\")))", "t.witx:1:37: error: function name is empty"},
        {"(module $m (@interface func \"f\"))", "t.witx:1:12: error: expected (@interface func (export \"name\") ...)"},
    };
    for (const Case& c : cases) {
        INFO(c.src);
        auto l = parse_only(c.src);
        CHECK_FALSE(l.ok);
        CHECK(l.first_error() == c.error);
    }
}

TEST_CASE("parser: nesting is bounded", "[parser][diagnostics]") {
    std::string deep = "(typename $a " + std::string(200, '(') + std::string(200, ')') + ")";
    auto l = parse_only(deep);
    CHECK_FALSE(l.ok);
    CHECK(l.first_error() == "t.witx:1:" + std::to_string(14 + kMaxDepth - 1) + ": error: nesting is too deep");
}

TEST_CASE("parser: circular use is an error", "[parser][diagnostics]") {
    Spec spec;
    Diagnostics d;
    auto read = test::memory_reader({{"a.witx", "(use \"b.witx\")"}, {"b.witx", "\n(use \"a.witx\")"}});
    CHECK_FALSE(parse_files({"a.witx"}, read, spec, d));
    REQUIRE(d.errors().size() == 1);
    CHECK(d.errors()[0].str() == "b.witx:2:6: error: circular use of 'a.witx'");
}

TEST_CASE("parser: an unreadable input file is reported", "[parser][diagnostics]") {
    Spec spec;
    Diagnostics d;
    CHECK_FALSE(parse_files({"nope.witx"}, test::memory_reader({}), spec, d));
    CHECK(d.errors().at(0).str() == "nope.witx:0:0: error: cannot read file");
}
