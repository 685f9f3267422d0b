#include "sexpr.hpp"

namespace wasixgen {

const char* describe(SExpr::Kind kind) {
    switch (kind) {
    case SExpr::Kind::List: return "list";
    case SExpr::Kind::Atom: return "keyword";
    case SExpr::Kind::Id: return "identifier";
    case SExpr::Kind::Annotation: return "annotation";
    case SExpr::Kind::String: return "string";
    }
    return "?";
}

namespace {

class Reader {
public:
    Reader(const std::vector<Token>& toks, Diagnostics& diags) : toks_(toks), diags_(diags) {}

    std::vector<SExpr> run() {
        std::vector<SExpr> out;
        while (toks_[i_].kind != TokenKind::End) {
            if (toks_[i_].kind == TokenKind::RParen) diags_.fatal(toks_[i_].pos, "unexpected ')'");
            out.push_back(read(0));
        }
        return out;
    }

private:
    SExpr read(int depth) {
        const Token& t = toks_[i_];
        SExpr node;
        node.pos = t.pos;
        node.doc = t.doc;
        switch (t.kind) {
        case TokenKind::Atom: node.kind = SExpr::Kind::Atom; break;
        case TokenKind::Id: node.kind = SExpr::Kind::Id; break;
        case TokenKind::Annotation: node.kind = SExpr::Kind::Annotation; break;
        case TokenKind::String: node.kind = SExpr::Kind::String; break;
        case TokenKind::LParen: {
            if (depth >= kMaxDepth) diags_.fatal(t.pos, "nesting is too deep");
            node.kind = SExpr::Kind::List;
            ++i_;
            while (toks_[i_].kind != TokenKind::RParen) {
                if (toks_[i_].kind == TokenKind::End)
                    diags_.fatal(toks_[i_].pos, "expected ')' to close '(' opened at " + to_string(t.pos));
                node.items.push_back(read(depth + 1));
            }
            ++i_;
            return node;
        }
        case TokenKind::RParen:
        case TokenKind::End: diags_.fatal(t.pos, std::string("unexpected ") + to_string(t.kind));
        }
        node.text = t.text;
        ++i_;
        return node;
    }

    const std::vector<Token>& toks_;
    Diagnostics& diags_;
    std::size_t i_ = 0;
};

}  // namespace

std::vector<SExpr> parse_sexprs(const std::vector<Token>& tokens, Diagnostics& diags) {
    return Reader(tokens, diags).run();
}

}  // namespace wasixgen
