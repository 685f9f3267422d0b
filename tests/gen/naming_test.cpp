#include "naming.hpp"

#include <catch2/catch.hpp>

using namespace wasixgen;

TEST_CASE("naming: plain names are kept", "[naming]") {
    CHECK(cpp_name("fd_read") == "fd_read");
    CHECK(cpp_type_name("errno") == "errno_t");
    CHECK(cpp_type_name("size") == "size_t");
}

TEST_CASE("naming: keywords, standard macros and leading digits get one underscore", "[naming]") {
    CHECK(cpp_name("2big") == "_2big");
    CHECK(cpp_name("true") == "_true");
    CHECK(cpp_name("false") == "_false");
    CHECK(cpp_name("int") == "_int");
    CHECK(cpp_name("and") == "_and");
    CHECK(cpp_name("errno") == "_errno");
    CHECK(cpp_name("unix") == "_unix");
    CHECK(cpp_name("linux") == "_linux");
    CHECK(cpp_name("stdin") == "_stdin");
    CHECK(cpp_name("stdout") == "_stdout");
    CHECK(cpp_name("stderr") == "_stderr");
    CHECK(cpp_name("EOF") == "_EOF");
    CHECK(cpp_name("0") == "_0");
}

TEST_CASE("naming: '-' and '.' become '_'; prefixed names need no fix", "[naming]") {
    CHECK(cpp_name("fd-read") == "fd_read");
    CHECK(cpp_suffix("2big") == "2big");
    CHECK(cpp_suffix("a.b") == "a_b");
}
