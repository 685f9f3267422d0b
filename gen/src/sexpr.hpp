// S-expression tree built from tokens; every node keeps its position.
#pragma once

#include "lexer.hpp"

#include <string>
#include <vector>

namespace wasixgen {

struct SExpr {
    enum class Kind { List, Atom, Id, Annotation, String };
    Kind kind = Kind::List;
    std::string text;  // for leaves
    SourcePos pos;     // of the leaf, or of the opening '('
    std::string doc;   // doc comment before this node
    std::vector<SExpr> items;

    bool is_list() const { return kind == Kind::List; }
    bool is_atom(const char* word) const { return kind == Kind::Atom && text == word; }
    // A list whose first item is the atom `head`, e.g. (record ...).
    bool is_form(const char* head) const {
        return is_list() && !items.empty() && items[0].is_atom(head);
    }
    // A list whose first item is the annotation `@name`, e.g. (@witx ...).
    bool is_annotation(const char* name) const {
        return is_list() && !items.empty() && items[0].kind == Kind::Annotation && items[0].text == name;
    }
};

const char* describe(SExpr::Kind kind);

// Parses a token stream into the top-level forms of a file. Nesting deeper
// than kMaxDepth is an error (keeps recursion bounded on hostile input).
constexpr int kMaxDepth = 100;
std::vector<SExpr> parse_sexprs(const std::vector<Token>& tokens, Diagnostics& diags);

}  // namespace wasixgen
