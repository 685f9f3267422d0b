// Tokenizer for witx: parentheses, atoms, $identifiers, @annotations and
// strings, with `;;` line comments, `(; ;)` block comments and `;;;` doc
// comments (which attach to the next token).
#pragma once

#include "diagnostics.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace wasixgen {

enum class TokenKind { LParen, RParen, Atom, Id, Annotation, String, End };

struct Token {
    TokenKind kind;
    std::string text;  // Id without '$', Annotation without '@', String unescaped
    SourcePos pos;
    std::string doc;   // doc comment lines directly before this token
};

const char* to_string(TokenKind kind);

// Tokenizes a whole file. Records an error and throws Diagnostics::Abort on
// the first lexical error (there is no sensible way to resynchronize).
std::vector<Token> tokenize(std::string_view source, const std::string& file, Diagnostics& diags);

}  // namespace wasixgen
