#include "response_file.hpp"

#include <fstream>
#include <sstream>

namespace wasix_driver {

std::vector<std::string> tokenize_response_text(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    bool in_token = false;
    char quote = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quote == '\'') {
            if (c == '\'') quote = 0; else current += c;
            continue;
        }
        if (quote == '"') {
            if (c == '"') {
                quote = 0;
            } else if (c == '\\' && i + 1 < text.size()) {
                current += text[++i];
            } else {
                current += c;
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            if (in_token) {
                out.push_back(current);
                current.clear();
                in_token = false;
            }
            continue;
        }
        in_token = true;
        if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '\\' && i + 1 < text.size()) {
            current += text[++i];
        } else {
            current += c;
        }
    }
    if (in_token) out.push_back(current);
    return out;
}

namespace {

void expand_into(const std::vector<std::string>& args, std::vector<std::string>& out, int depth) {
    for (const std::string& arg : args) {
        if (arg.size() > 1 && arg[0] == '@' && depth < 16) {
            std::ifstream in(arg.substr(1), std::ios::binary);
            if (in) {
                std::ostringstream text;
                text << in.rdbuf();
                expand_into(tokenize_response_text(text.str()), out, depth + 1);
                continue;
            }
        }
        out.push_back(arg);
    }
}

}  // namespace

std::vector<std::string> expand_response_files(const std::vector<std::string>& args) {
    std::vector<std::string> out;
    expand_into(args, out, 0);
    return out;
}

}  // namespace wasix_driver
