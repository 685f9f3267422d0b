#include "lexer.hpp"

namespace wasixgen {

const char* to_string(TokenKind kind) {
    switch (kind) {
    case TokenKind::LParen: return "'('";
    case TokenKind::RParen: return "')'";
    case TokenKind::Atom: return "keyword";
    case TokenKind::Id: return "identifier";
    case TokenKind::Annotation: return "annotation";
    case TokenKind::String: return "string";
    case TokenKind::End: return "end of file";
    }
    return "?";
}

namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
}

class Lexer {
public:
    Lexer(std::string_view src, const std::string& file, Diagnostics& diags)
        : src_(src), file_(file), diags_(diags) {}

    std::vector<Token> run() {
        std::vector<Token> out;
        for (;;) {
            skip_space_and_comments();
            SourcePos pos = here();
            if (i_ >= src_.size()) {
                out.push_back({TokenKind::End, "", pos, take_doc()});
                return out;
            }
            char c = src_[i_];
            if (c == '(') {
                advance();
                out.push_back({TokenKind::LParen, "(", pos, take_doc()});
            } else if (c == ')') {
                advance();
                out.push_back({TokenKind::RParen, ")", pos, take_doc()});
            } else if (c == '"') {
                out.push_back({TokenKind::String, read_string(pos), pos, take_doc()});
            } else if (c == '$' || c == '@') {
                advance();
                std::string name = read_name();
                if (name.empty())
                    diags_.fatal(pos, std::string("expected a name after '") + c + "'");
                out.push_back({c == '$' ? TokenKind::Id : TokenKind::Annotation, name, pos, take_doc()});
            } else if (is_name_char(c)) {
                out.push_back({TokenKind::Atom, read_name(), pos, take_doc()});
            } else {
                diags_.fatal(pos, "unexpected character " + describe(c));
            }
        }
    }

private:
    SourcePos here() const { return {file_, line_, col_}; }

    void advance() {
        if (src_[i_] == '\n') {
            ++line_;
            col_ = 1;
        } else {
            ++col_;
        }
        ++i_;
    }

    static std::string describe(char c) {
        unsigned char u = static_cast<unsigned char>(c);
        if (u >= 0x21 && u < 0x7f) return std::string("'") + c + "'";
        static const char hex[] = "0123456789abcdef";
        return std::string("byte 0x") + hex[u >> 4] + hex[u & 15];
    }

    std::string take_doc() {
        std::string d = std::move(doc_);
        doc_.clear();
        return d;
    }

    void skip_space_and_comments() {
        while (i_ < src_.size()) {
            char c = src_[i_];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                advance();
            } else if (c == ';' && i_ + 1 < src_.size() && src_[i_ + 1] == ';') {
                bool is_doc = i_ + 2 < src_.size() && src_[i_ + 2] == ';';
                std::size_t start = i_ + (is_doc ? 3 : 2);
                while (i_ < src_.size() && src_[i_] != '\n') advance();
                if (is_doc) {
                    std::string_view line = src_.substr(start, i_ - start);
                    if (!line.empty() && line.front() == ' ') line.remove_prefix(1);
                    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
                    if (!doc_.empty()) doc_ += '\n';
                    doc_ += line;
                }
            } else if (c == '(' && i_ + 1 < src_.size() && src_[i_ + 1] == ';') {
                skip_block_comment();
            } else {
                return;
            }
        }
    }

    void skip_block_comment() {
        SourcePos open = here();
        int depth = 0;
        while (i_ < src_.size()) {
            if (src_[i_] == '(' && i_ + 1 < src_.size() && src_[i_ + 1] == ';') {
                ++depth;
                advance();
                advance();
            } else if (src_[i_] == ';' && i_ + 1 < src_.size() && src_[i_ + 1] == ')') {
                advance();
                advance();
                if (--depth == 0) return;
            } else {
                advance();
            }
        }
        diags_.fatal(open, "unterminated block comment");
    }

    std::string read_name() {
        std::size_t start = i_;
        while (i_ < src_.size() && is_name_char(src_[i_])) advance();
        return std::string(src_.substr(start, i_ - start));
    }

    std::string read_string(const SourcePos& open) {
        advance();  // opening quote
        std::string out;
        while (i_ < src_.size()) {
            char c = src_[i_];
            if (c == '"') {
                advance();
                return out;
            }
            if (c == '\n') break;
            if (static_cast<unsigned char>(c) < 0x20) diags_.fatal(here(), "control character in string");
            if (c == '\\') {
                SourcePos esc = here();
                advance();
                if (i_ >= src_.size()) break;
                char e = src_[i_];
                switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case '\\': out += '\\'; break;
                case '"': out += '"'; break;
                default: diags_.fatal(esc, "unknown escape sequence " + describe(e) + " in string");
                }
                advance();
                continue;
            }
            out += c;
            advance();
        }
        diags_.fatal(open, "unterminated string");
    }

    std::string_view src_;
    const std::string& file_;
    Diagnostics& diags_;
    std::size_t i_ = 0;
    int line_ = 1;
    int col_ = 1;
    std::string doc_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view source, const std::string& file, Diagnostics& diags) {
    return Lexer(source, file, diags).run();
}

}  // namespace wasixgen
