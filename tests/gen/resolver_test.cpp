#include "witx_test_support.hpp"

#include <catch2/catch.hpp>

using namespace wasixgen;
using wasixgen::test::kPrelude;
using wasixgen::test::load;

TEST_CASE("resolver: references resolve across files and in any order", "[resolver]") {
    auto l = load("(use \"u.witx\")\n(typename $a (record (field $x $later) (field $y $used)))\n(typename $later u8)",
                  {{"u.witx", "(typename $used u16)"}});
    REQUIRE(l.ok);
    const TypeDef* a = l.spec->find("a");
    REQUIRE(a);
    CHECK(a->type->members[0].type->ref == l.spec->find("later"));
    CHECK(a->type->members[1].type->ref == l.spec->find("used"));
}

TEST_CASE("resolver: union cases take the tag enum's names", "[resolver]") {
    auto l = load("(typename $t (enum (@witx tag u8) $p $q))\n(typename $u (union (@witx tag $t) u8 u32))");
    REQUIRE(l.ok);
    const Type& u = *l.spec->find("u")->type;
    CHECK(u.vcases[0].name == "p");
    CHECK(u.vcases[1].name == "q");
    CHECK(u.tag == l.spec->find("t"));
}

// One malformed snippet per checker diagnostic: message and position.
TEST_CASE("resolver: each semantic error has its message and position", "[resolver][diagnostics]") {
    struct Case {
        std::string src;
        const char* error;
    };
    const std::string p = kPrelude;  // 3 lines
    const Case cases[] = {
        {"(typename $a $nope)", "t.witx:1:14: error: unknown type '$nope'"},
        {"(typename $a u8)\n(typename $a u16)", "t.witx:2:11: error: duplicate type '$a' (first defined at t.witx:1:11)"},
        {"(typename $a (record (field $x $a)))", "t.witx:1:11: error: type '$a' contains itself ($a -> $a)"},
        {"(typename $a $b)\n(typename $b $a)", "t.witx:1:11: error: type '$a' contains itself ($a -> $b -> $a)"},
        {"(typename $a (record (field $x $b)))\n(typename $b (variant (@witx tag $t) (case $p $a)))\n"
         "(typename $t (enum (@witx tag u8) $p))",
         "t.witx:1:11: error: type '$a' contains itself ($a -> $b -> $a)"},
        {"(typename $a (enum (@witx tag u8) " + [] {
             std::string s;
             for (int i = 0; i < 257; ++i) s += "$c" + std::to_string(i) + " ";
             return s;
         }() + "))",
         "t.witx:1:20: error: enum has 257 cases, too many for u8"},
        {"(typename $a (flags (@witx repr u8) $a0 $a1 $a2 $a3 $a4 $a5 $a6 $a7 $a8))",
         "t.witx:1:21: error: flags has 9 flags, too many for u8"},
        {"(typename $a (enum (@witx tag u8) $x $y $x))", "t.witx:1:41: error: duplicate case '$x' (first at t.witx:1:35)"},
        {"(typename $a (flags (@witx repr u8) $x $x))", "t.witx:1:40: error: duplicate flag '$x' (first at t.witx:1:37)"},
        {"(typename $a (enum (@witx tag u8)))", "t.witx:1:14: error: enum has no cases"},
        {"(typename $a (record))", "t.witx:1:14: error: record has no fields"},
        {"(typename $a (record (field $x u8) (field $x u8)))",
         "t.witx:1:43: error: duplicate field '$x' (first at t.witx:1:29)"},
        {"(typename $t u8)\n(typename $a (variant (@witx tag $t) (case $x)))",
         "t.witx:2:34: error: tag type '$t' is not an enum"},
        {"(typename $a (variant (@witx tag $nope) (case $x)))", "t.witx:1:34: error: unknown type '$nope'"},
        {"(typename $t (enum (@witx tag u8) $p $q))\n(typename $a (variant (@witx tag $t) (case $p)))",
         "t.witx:2:14: error: variant has 1 cases but its tag '$t' has 2"},
        {"(typename $t (enum (@witx tag u8) $p $q))\n(typename $a (union (@witx tag $t) u8 u8 u8))",
         "t.witx:2:14: error: union has 3 cases but its tag '$t' has 2"},
        {"(typename $t (enum (@witx tag u8) $p $q))\n(typename $a (variant (@witx tag $t) (case $q) (case $p)))",
         "t.witx:2:44: error: case '$q' does not match case 0 of tag '$t', which is '$p'"},
        {"(typename $a (expected u8 (error u8)))", "t.witx:1:14: error: expected is only allowed as a function result"},
        {"(typename $a (tuple u8 u8))", "t.witx:1:14: error: tuple is only allowed as the ok value of a result"},
        {p + "(module $m (@witx import_module wasm32 \"m\")\n"
             "(@interface func (export \"f\") (result $e (expected (tuple (field $a u8) u8) (error $errno)))))",
         "t.witx:5:73: error: tuple elements must be all named, (field $name TYPE), or all unnamed"},
        {p + "(module $m (@witx import_module wasm32 \"m\")\n"
             "(@interface func (export \"f\") (result $e (expected (tuple (field $a u8) (field $a u8)) (error $errno)))))",
         "t.witx:5:80: error: duplicate field '$a' (first at t.witx:5:66)"},
        {"(typename $a (list (expected (error u8))))",
         "t.witx:1:20: error: expected is only allowed as a function result"},
        {"(module $m (@interface func (export \"f\")))",
         "t.witx:1:9: error: module '$m' has no (@witx import_module ...) for any memory model"},
        {p + "(module $m (@witx import_module wasm32 \"m\")\n"
             "(@interface func (export \"f\") (param $r (record (field $x u8)))))",
         "t.witx:5:38: error: record cannot be passed by value; pass a pointer"},
        {p + "(typename $r (record (field $x u8)))\n(module $m (@witx import_module wasm32 \"m\")\n"
             "(@interface func (export \"f\") (param $v $r)))",
         "t.witx:6:38: error: record cannot be passed by value; pass a pointer"},
        {p + "(module $m (@witx import_module wasm32 \"m\")\n"
             "(@interface func (export \"f\") (param $v (tuple u8))))",
         "t.witx:5:41: error: tuple is not allowed as a parameter type"},
        {p + "(module $m (@witx import_module wasm32 \"m\")\n"
             "(@interface func (export \"f\") (param $v u8) (param $v u8)))",
         "t.witx:5:52: error: duplicate parameter '$v' (first at t.witx:5:38)"},
        {p + "(module $m (@witx import_module wasm32 \"m\")\n"
             "(@interface func (export \"f\"))\n(@interface func (export \"f\")))",
         "t.witx:6:26: error: duplicate function 'f' (first at t.witx:5:26)"},
        {p + "(module $m (@witx import_module wasm32 \"m\")\n"
             "(@interface func (export \"f\") (result $e (expected (error $errno))) (@witx noreturn)))",
         "t.witx:5:39: error: a noreturn function cannot have a result"},
        {p + "(module $m (@witx import_module wasm32 \"m\")\n(@interface func (export \"f\") (result $e u8)))",
         "t.witx:5:42: error: a function result must be (expected ... (error $errno))"},
        {p + "(module $m (@witx import_module wasm32 \"m\")\n"
             "(@interface func (export \"f\") (result $e (expected (error $size)))))",
         "t.witx:5:59: error: the error of a result must be an enum"},
        {p + "(module $m (@witx import_module wasm32 \"m\"))\n(module $m (@witx import_module wasm32 \"m\"))",
         "t.witx:5:9: error: duplicate module '$m'"},
        // Inline records, enums, flags, handles and variants have no C++ name
        // outside their own typename.
        {"(typename $r (record (field $x (record (field $y u8)))))",
         "t.witx:1:32: error: an inline record is only allowed as the definition of a typename; give it a typename"},
        {"(typename $l (list (enum (@witx tag u8) $a)))",
         "t.witx:1:20: error: an inline enum is only allowed as the definition of a typename; give it a typename"},
        {"(typename $p (@witx pointer (handle)))",
         "t.witx:1:29: error: an inline handle is only allowed as the definition of a typename; give it a typename"},
        {"(typename $t (enum (@witx tag u8) $a))\n(typename $v (variant (@witx tag $t) (case $a (flags (@witx repr u8) $f))))",
         "t.witx:2:47: error: an inline flags is only allowed as the definition of a typename; give it a typename"},
        {p + "(module $m (@witx import_module wasm32 \"m\")\n(@interface func (export \"f\") (param $h (handle))))",
         "t.witx:5:41: error: an inline handle is only allowed as the definition of a typename; give it a typename"},
        {p + "(module $m (@witx import_module wasm32 \"m\")\n"
             "(@interface func (export \"f\") (result $e (expected (enum (@witx tag u8) $a) (error $errno)))))",
         "t.witx:5:52: error: an inline enum is only allowed as the definition of a typename; give it a typename"},
        {p + "(module $m (@witx import_module wasm32 \"m\")\n"
             "(@interface func (export \"f\") (result $e (expected (error (enum (@witx tag u8) $a))))))",
         "t.witx:5:59: error: an inline enum is only allowed as the definition of a typename; give it a typename"},
        // One error type for every wrapper's result.
        {p + "(typename $e2 (enum (@witx tag u8) $ok))\n(module $m (@witx import_module wasm32 \"m\")\n"
             "(@interface func (export \"a\") (result $r (expected (error $errno))))\n"
             "(@interface func (export \"b\") (result $r (expected (error $e2)))))",
         "t.witx:7:59: error: every result must use the same error type ('$errno'), not '$e2'"},
    };
    for (const Case& c : cases) {
        INFO(c.src);
        auto l = load(c.src);
        CHECK_FALSE(l.ok);
        CHECK(l.first_error() == c.error);
    }
}

TEST_CASE("resolver: a flags type may use every bit of its repr", "[resolver]") {
    std::string flags;
    for (int i = 0; i < 64; ++i) flags += " $f" + std::to_string(i);
    CHECK(load("(typename $a (flags (@witx repr u64)" + flags + "))").ok);
    auto over = load("(typename $a (flags (@witx repr u64)" + flags + " $extra))");
    CHECK_FALSE(over.ok);
    CHECK(over.first_error() == "t.witx:1:21: error: flags has 65 flags, too many for u64");
}

TEST_CASE("resolver: an enum may have exactly 256 cases in u8", "[resolver]") {
    std::string cases;
    for (int i = 0; i < 256; ++i) cases += " $c" + std::to_string(i);
    CHECK(load("(typename $a (enum (@witx tag u8)" + cases + "))").ok);
}
