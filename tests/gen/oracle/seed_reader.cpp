#include "seed_reader.hpp"

#include <regex>
#include <sstream>

namespace oracle {

namespace {

// Which part of the document the current line belongs to.
enum class Block {
    None,
    TypeHead,       // after "## `name`: `Kind`": doc, Size, Alignment
    RecordMembers,  // "### Record members"
    VariantCases,   // "### Variant cases"
    VariantLayout,  // "### Variant Layout"
    Supertypes,     // "### Supertypes" (always empty in 000)
    ModuleHead,     // "## wasix_module_name"
    Imports,        // "### Imports", "#### Memory"
    FuncHead,       // after "#### `sig`": doc
    Params,         // "##### Params"
    Results,        // "##### Results"
    ResultLayout,   // "###### Variant Layout"
    ResultCases,    // "###### Variant cases"
    OkMembers,      // "####### Record members"
};

const std::regex kTypeHeading(R"re(^## <a href="#([^"]+)" name="\1"></a> `([^`]+)`: `([^`]+)`$)re");
const std::regex kModuleHeading(R"re(^## <a href="#([^"]+)" name="\1"></a> ([A-Za-z0-9_]+)$)re");
const std::regex kFunctionHeading(R"re(^#### <a href="#([^"]+)" name="\1"></a> `([^`]+)`$)re");
const std::regex kItem(R"re(^- <a href="#([^"]+)" name="\1"></a> `([^`]+)`(: (.*))?$)re");
const std::regex kCodeLabel(R"re(^`([^`]+)`$)re");
const std::regex kLinkLabel(R"re(^\[`([^`]+)`\]\(#([^)]+)\)$)re");
const std::regex kNumberLine(R"re(^(Size|Alignment|Offset|Bit): ([0-9]+)$)re");
const std::regex kLayoutLine(R"re(^- (size|align|tag_size): ([0-9]+)$)re");

class Reader {
public:
    SeedDocument run(const std::string& text) {
        std::istringstream in(text);
        std::string line;
        while (std::getline(in, line)) {
            ++line_no_;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            handle(line);
        }
        if (!saw_types_) error("no '# Types' section");
        if (!saw_modules_) error("no '# Modules' section");
        for (SeedFunction& f : doc_.functions) check_function(f, doc_.errors);
        return std::move(doc_);
    }

private:
    void error(const std::string& message) { doc_.errors.push_back("000:" + std::to_string(line_no_) + ": " + message); }

    SeedType* type() { return in_types() && !doc_.types.empty() ? &doc_.types.back() : nullptr; }
    SeedFunction* function() { return section_ == 2 && !doc_.functions.empty() ? &doc_.functions.back() : nullptr; }
    bool in_types() const { return section_ == 1; }

    void handle(const std::string& line) {
        std::smatch m;
        if (line == "# Types") {
            if (saw_types_ || saw_modules_) error("unexpected '# Types'");
            saw_types_ = true;
            section_ = 1;
            block_ = Block::None;
            return;
        }
        if (line == "# Modules") {
            if (saw_modules_) error("second '# Modules'");
            saw_modules_ = true;
            section_ = 2;
            block_ = Block::None;
            return;
        }
        if (line.rfind("## ", 0) == 0) return heading2(line);
        if (line.rfind("#", 0) == 0) return heading(line);
        if (line == "---") {
            if (section_ != 2) error("'---' outside the modules section");
            block_ = Block::None;
            return;
        }
        if (std::regex_match(line, m, kNumberLine)) return number(m[1], std::stoull(m[2]));
        if (std::regex_match(line, m, kLayoutLine)) return layout_number(m[1], std::stoull(m[2]));
        if (std::regex_match(line, m, kItem)) return item(m);
        if (line.rfind("- <a ", 0) == 0) return error("list item not understood: " + line);
        for (const char* key : {"Size:", "Alignment:", "Offset:", "Bit:"})
            if (line.rfind(key, 0) == 0) return error("number line not understood: " + line);
        // Anything else is documentation text.
    }

    void heading2(const std::string& line) {
        std::smatch m;
        if (section_ == 1 && std::regex_match(line, m, kTypeHeading)) {
            SeedType t;
            t.name = m[2];
            t.kind = m[3];
            t.line = line_no_;
            if (m[1] != t.name) error("anchor '" + std::string(m[1]) + "' differs from type name '" + t.name + "'");
            doc_.types.push_back(std::move(t));
            block_ = Block::TypeHead;
            return;
        }
        if (section_ == 2 && std::regex_match(line, m, kModuleHeading)) {
            if (!doc_.module_name.empty()) error("second module heading");
            doc_.module_name = m[2];
            block_ = Block::ModuleHead;
            return;
        }
        error("level-2 heading not understood: " + line);
    }

    void heading(const std::string& line) {
        std::smatch m;
        if (in_types() && type()) {
            if (line == "### Record members") return enter(Block::RecordMembers);
            if (line == "### Variant cases") return enter(Block::VariantCases);
            if (line == "### Supertypes") return enter(Block::Supertypes);
            if (line == "### Variant Layout") {
                if (type()->variant_layout) error("second '### Variant Layout' in " + type()->name);
                type()->variant_layout.emplace();
                return enter(Block::VariantLayout);
            }
        }
        if (section_ == 2) {
            if (line == "### Imports" || line == "#### Memory") return enter(Block::Imports);
            if (line == "### Functions") return enter(Block::None);
            if (std::regex_match(line, m, kFunctionHeading)) {
                SeedFunction f;
                f.name = m[1];
                f.signature = m[2];
                f.line = line_no_;
                doc_.functions.push_back(std::move(f));
                return enter(Block::FuncHead);
            }
            if (SeedFunction* f = function()) {
                if (line == "##### Params") {
                    if (f->has_params_heading) error("second '##### Params' in " + f->name);
                    f->has_params_heading = true;
                    return enter(Block::Params);
                }
                if (line == "##### Results") {
                    if (f->has_results_heading) error("second '##### Results' in " + f->name);
                    f->has_results_heading = true;
                    return enter(Block::Results);
                }
                if (line == "###### Variant Layout" && f->result) {
                    if (f->result_layout) error("second result layout in " + f->name);
                    f->result_layout.emplace();
                    return enter(Block::ResultLayout);
                }
                if (line == "###### Variant cases" && f->result) return enter(Block::ResultCases);
                if (line == "####### Record members" && block_ == Block::ResultCases && !f->result_cases.empty())
                    return enter(Block::OkMembers);
            }
        }
        error("heading not understood here: " + line);
    }

    void enter(Block b) { block_ = b; }

    void number(const std::string& key, std::uint64_t value) {
        auto set = [&](std::optional<std::uint64_t>& slot, const std::string& what) {
            if (slot) error("second '" + key + "' for " + what);
            slot = value;
        };
        if (key == "Size" || key == "Alignment") {
            if (!type() || block_ != Block::TypeHead) return error("'" + key + "' outside a type's heading block");
            return set(key == "Size" ? type()->size : type()->align, type()->name);
        }
        std::vector<SeedItem>* list = nullptr;
        if (block_ == Block::RecordMembers && type()) list = &type()->members;
        if (block_ == Block::OkMembers && function()) list = &function()->ok_members;
        if (!list || list->empty()) return error("'" + key + "' not after a record member");
        SeedItem& last = list->back();
        if (last.offset || last.bit) return error("second Offset/Bit for " + last.anchor);
        (key == "Offset" ? last.offset : last.bit) = value;
    }

    void layout_number(const std::string& key, std::uint64_t value) {
        SeedVariantLayout* l = nullptr;
        if (block_ == Block::VariantLayout && type()) l = &*type()->variant_layout;
        if (block_ == Block::ResultLayout && function()) l = &*function()->result_layout;
        if (!l) return error("'- " + key + ":' outside a Variant Layout block");
        std::optional<std::uint64_t>& slot = key == "size" ? l->size : key == "align" ? l->align : l->tag_size;
        if (slot) return error("second '" + key + "' in a Variant Layout block");
        slot = value;
    }

    void item(const std::smatch& m) {
        SeedItem it;
        it.anchor = m[1];
        it.name = m[2];
        it.line = line_no_;
        if (m[3].matched) {
            std::string rest = m[4];
            std::smatch t;
            if (std::regex_match(rest, t, kCodeLabel)) {
                it.type = t[1];
            } else if (std::regex_match(rest, t, kLinkLabel)) {
                if (t[1] != t[2]) error("link text '" + std::string(t[1]) + "' differs from its target");
                it.type = t[1];
            } else {
                return error("type of list item not understood: " + rest);
            }
        }
        auto expect_anchor = [&](const std::string& prefix) {
            if (it.anchor != prefix + "." + it.name)
                error("anchor '" + it.anchor + "' is not '" + prefix + "." + it.name + "'");
        };
        switch (block_) {
        case Block::RecordMembers:
            expect_anchor(type()->name);
            type()->members.push_back(std::move(it));
            return;
        case Block::VariantCases:
            expect_anchor(type()->name);
            type()->cases.push_back(std::move(it));
            return;
        case Block::Params:
            expect_anchor(function()->name);
            function()->params.push_back(std::move(it));
            return;
        case Block::Results:
        case Block::ResultLayout:
        case Block::ResultCases:
        case Block::OkMembers: return result_item(std::move(it));
        default: return error("list item outside a list: " + it.anchor);
        }
    }

    void result_item(SeedItem it) {
        SeedFunction& f = *function();
        if (!f.result) {
            if (block_ != Block::Results) return error("result item in the wrong place: " + it.anchor);
            if (it.anchor != f.name + "." + it.name) error("anchor '" + it.anchor + "' is not '" + f.name + "." + it.name + "'");
            f.result = std::move(it);
            return;
        }
        const std::string cases_prefix = f.name + "." + f.result->name;
        if ((block_ == Block::ResultCases || block_ == Block::OkMembers) && it.anchor == cases_prefix + "." + it.name) {
            f.result_cases.push_back(std::move(it));
            block_ = Block::ResultCases;
            return;
        }
        if (block_ == Block::OkMembers && !f.result_cases.empty() &&
            it.anchor == cases_prefix + "." + f.result_cases.back().name + "." + it.name) {
            f.ok_members.push_back(std::move(it));
            return;
        }
        error("result list item not understood: " + it.anchor);
    }

    SeedDocument doc_;
    int line_no_ = 0;
    int section_ = 0;  // 0 preamble, 1 types, 2 modules
    bool saw_types_ = false;
    bool saw_modules_ = false;
    Block block_ = Block::None;
};

}  // namespace

SeedDocument parse_seed(const std::string& text) { return Reader().run(text); }

}  // namespace oracle
