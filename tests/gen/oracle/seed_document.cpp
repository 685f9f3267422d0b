#include "seed_document.hpp"

#include <fstream>
#include <regex>
#include <sstream>

namespace oracle {

const SeedType* SeedDocument::find_type(const std::string& name) const {
    for (const SeedType& t : types)
        if (t.name == name) return &t;
    return nullptr;
}

const SeedFunction* SeedDocument::find_function(const std::string& name) const {
    for (const SeedFunction& f : functions)
        if (f.name == name) return &f;
    return nullptr;
}

std::optional<std::string> read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return ss.str();
}

std::vector<std::string> split_top_level(const std::string& s) {
    std::vector<std::string> out;
    int depth = 0;
    std::string cur;
    for (char c : s) {
        if (c == '<' || c == '(') ++depth;
        if (c == '>' || c == ')') --depth;
        if (c == ',' && depth == 0) {
            out.push_back(cur);
            cur.clear();
            continue;
        }
        cur += c;
    }
    out.push_back(cur);
    for (std::string& part : out) {
        auto b = part.find_first_not_of(' ');
        auto e = part.find_last_not_of(' ');
        part = b == std::string::npos ? std::string() : part.substr(b, e - b + 1);
    }
    if (out.size() == 1 && out[0].empty()) out.clear();
    return out;
}

void check_function(SeedFunction& f, std::vector<std::string>& errors) {
    static const std::regex kSignature(R"re(^([A-Za-z0-9_]+)\((.*)\)( -> (.+))?$)re");
    auto error = [&](const std::string& message) {
        errors.push_back("000:" + std::to_string(f.line) + ": " + message);
    };
    f.signature_params.clear();
    f.signature_result.clear();
    std::smatch m;
    if (!std::regex_match(f.signature, m, kSignature)) return error("signature not understood: " + f.signature);
    if (m[1] != f.name) error("signature name '" + std::string(m[1]) + "' differs from anchor " + f.name);
    for (const std::string& p : split_top_level(m[2])) {
        auto colon = p.find(": ");
        if (colon == std::string::npos) {
            error("parameter not understood: " + p);
            continue;
        }
        f.signature_params.push_back({p.substr(0, colon), p.substr(colon + 2)});
    }
    if (m[3].matched) f.signature_result = m[4];
    if (!f.has_params_heading || !f.has_results_heading) error(f.name + ": missing Params or Results heading");
    bool same = f.signature_params.size() == f.params.size();
    for (std::size_t i = 0; same && i < f.params.size(); ++i)
        same = f.signature_params[i].name == f.params[i].name && f.signature_params[i].type == f.params[i].type;
    if (!same) error(f.name + ": heading parameters differ from the Params list");
    std::string listed = f.result ? f.result->type : "";
    if (listed != f.signature_result)
        error(f.name + ": heading result '" + f.signature_result + "' differs from Results '" + listed + "'");
    if (f.result && (!f.result_layout || f.result_cases.empty()))
        error(f.name + ": result without Variant Layout or Variant cases");
}

}  // namespace oracle
