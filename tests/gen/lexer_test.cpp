#include "lexer.hpp"

#include <catch2/catch.hpp>

using namespace wasixgen;

namespace {

std::vector<Token> lex(const std::string& src, Diagnostics& d) { return tokenize(src, "f.witx", d); }

std::string lex_error(const std::string& src) {
    Diagnostics d;
    try {
        lex(src, d);
    } catch (const Diagnostics::Abort&) {
    }
    REQUIRE(d.errors().size() == 1);
    return d.errors()[0].str();
}

}  // namespace

TEST_CASE("lexer: token kinds, text and positions", "[lexer]") {
    Diagnostics d;
    auto t = lex("(typename $fd\n  (handle) @witx \"s\\\"q\")", d);
    REQUIRE(t.size() == 10);
    CHECK(t[0].kind == TokenKind::LParen);
    CHECK(t[1].kind == TokenKind::Atom);
    CHECK(t[1].text == "typename");
    CHECK(t[2].kind == TokenKind::Id);
    CHECK(t[2].text == "fd");
    CHECK(t[2].pos.line == 1);
    CHECK(t[2].pos.col == 11);
    CHECK(t[3].pos.line == 2);
    CHECK(t[3].pos.col == 3);
    CHECK(t[6].kind == TokenKind::Annotation);
    CHECK(t[6].text == "witx");
    CHECK(t[7].kind == TokenKind::String);
    CHECK(t[7].text == "s\"q");
    CHECK(t[8].kind == TokenKind::RParen);
    CHECK(t[9].kind == TokenKind::End);
}

TEST_CASE("lexer: identifiers may start with a digit", "[lexer]") {
    Diagnostics d;
    auto t = lex("$2big", d);
    CHECK(t[0].kind == TokenKind::Id);
    CHECK(t[0].text == "2big");
}

TEST_CASE("lexer: comments are skipped and doc comments attach to the next token", "[lexer]") {
    Diagnostics d;
    auto t = lex(";; plain\n;;; First line.\n;;; Second line.\n(a (; block (; nested ;) ;) b)", d);
    REQUIRE(t.size() == 5);
    CHECK(t[0].doc == "First line.\nSecond line.");
    CHECK(t[1].text == "a");
    CHECK(t[1].doc.empty());
    CHECK(t[2].text == "b");
}

TEST_CASE("lexer: errors carry the position of the problem", "[lexer][diagnostics]") {
    CHECK(lex_error("(a \"open") == "f.witx:1:4: error: unterminated string");
    CHECK(lex_error("(a\n  #)") == "f.witx:2:3: error: unexpected character '#'");
    CHECK(lex_error("\n (; never closed") == "f.witx:2:2: error: unterminated block comment");
    CHECK(lex_error("(a $)") == "f.witx:1:4: error: expected a name after '$'");
    CHECK(lex_error("(a @ b)") == "f.witx:1:4: error: expected a name after '@'");
    CHECK(lex_error("\"a\\q\"") == "f.witx:1:3: error: unknown escape sequence 'q' in string");
    CHECK(lex_error("\x01") == "f.witx:1:1: error: unexpected character byte 0x01");
}
