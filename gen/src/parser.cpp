#include "parser.hpp"

#include "lexer.hpp"
#include "sexpr.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace wasixgen {

FileReader filesystem_reader() {
    return [](const std::string& path) -> std::optional<std::string> {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
        std::ifstream in(path, std::ios::binary);
        if (!in) return std::nullopt;
        std::ostringstream ss;
        ss << in.rdbuf();
        if (in.bad()) return std::nullopt;
        return ss.str();
    };
}

namespace {

// Names that end up in C++ source (function names, import module names)
// must be plain: letters, digits, '_', '-' and '.'.
bool is_plain_name(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                  c == '-' || c == '.';
        if (!ok) return false;
    }
    return true;
}

std::string dir_of(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

// "a/./b" and "a/x/../b" forms are folded so a file used twice loads once.
std::string normalize(const std::string& path) {
    std::vector<std::string> parts;
    std::stringstream ss(path);
    std::string part;
    bool absolute = !path.empty() && path[0] == '/';
    while (std::getline(ss, part, '/')) {
        if (part.empty() || part == ".") continue;
        if (part == ".." && !parts.empty() && parts.back() != "..") {
            parts.pop_back();
            continue;
        }
        parts.push_back(part);
    }
    std::string out = absolute ? "/" : "";
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
    return out;
}

class Parser {
public:
    Parser(const FileReader& read, Spec& spec, Diagnostics& diags) : read_(read), spec_(spec), diags_(diags) {}

    void load(const std::string& raw_path, const SourcePos* used_at) {
        std::string path = normalize(raw_path);
        if (in_progress_.count(path)) {
            diags_.error(*used_at, "circular use of '" + raw_path + "'");
            return;
        }
        if (!loaded_.insert(path).second) return;
        std::optional<std::string> text = read_(path);
        if (!text) {
            if (used_at)
                diags_.error(*used_at, "cannot read used file '" + raw_path + "'");
            else
                diags_.error({path, 0, 0}, "cannot read file");
            return;
        }
        spec_.files.push_back(path);
        in_progress_.insert(path);
        try {
            std::vector<SExpr> forms = parse_sexprs(tokenize(*text, path, diags_), diags_);
            for (const SExpr& form : forms) top_level(form, path);
        } catch (const Diagnostics::Abort&) {
            // The error is recorded; other files may still be checked.
        }
        in_progress_.erase(path);
    }

private:
    // Each syntax error aborts the current form only: the next top-level
    // form is still checked, so one run reports independent mistakes.
    void top_level(const SExpr& form, const std::string& path) {
        try {
            if (form.is_form("use")) {
                if (form.items.size() != 2 || form.items[1].kind != SExpr::Kind::String)
                    diags_.fatal(form.pos, "expected (use \"file.witx\")");
                load(dir_of(path) + form.items[1].text, &form.items[1].pos);
            } else if (form.is_form("typename")) {
                typename_form(form);
            } else if (form.is_form("module")) {
                module_form(form);
            } else {
                diags_.fatal(form.pos, "expected (use ...), (typename ...) or (module ...) at top level");
            }
        } catch (const Diagnostics::Abort&) {
        }
    }

    const SExpr& expect_id(const SExpr& parent, std::size_t index, const char* what) {
        if (index >= parent.items.size())
            diags_.fatal(parent.pos, std::string("missing ") + what);
        const SExpr& e = parent.items[index];
        if (e.kind != SExpr::Kind::Id)
            diags_.fatal(e.pos, std::string("expected ") + what + " ($name), found " + describe(e.kind));
        return e;
    }

    void expect_count(const SExpr& form, std::size_t n, const char* shape) {
        if (form.items.size() != n) diags_.fatal(form.pos, std::string("expected ") + shape);
    }

    void typename_form(const SExpr& form) {
        expect_count(form, 3, "(typename $name TYPE)");
        const SExpr& name = expect_id(form, 1, "type name");
        auto def = std::make_unique<TypeDef>();
        def->name = name.text;
        def->pos = name.pos;
        def->doc = form.doc;
        def->type = type(form.items[2]);
        spec_.types.push_back(std::move(def));
    }

    IntRepr repr(const SExpr& annot, const char* keyword) {
        // (@witx tag u8) / (@witx repr u16)
        if (!annot.is_annotation("witx") || annot.items.size() != 3 || !annot.items[1].is_atom(keyword))
            diags_.fatal(annot.pos, std::string("expected (@witx ") + keyword + " u8|u16|u32|u64)");
        const SExpr& r = annot.items[2];
        if (r.is_atom("u8")) return IntRepr::U8;
        if (r.is_atom("u16")) return IntRepr::U16;
        if (r.is_atom("u32")) return IntRepr::U32;
        if (r.is_atom("u64")) return IntRepr::U64;
        diags_.fatal(r.pos, std::string("@witx ") + keyword + " must be u8, u16, u32 or u64");
    }

    std::vector<Case> case_names(const SExpr& form, std::size_t first, const char* what) {
        std::vector<Case> out;
        for (std::size_t i = first; i < form.items.size(); ++i) {
            const SExpr& c = form.items[i];
            if (c.kind != SExpr::Kind::Id)
                diags_.fatal(c.pos, std::string("expected ") + what + " name ($name), found " + describe(c.kind));
            out.push_back({c.text, c.doc, c.pos});
        }
        return out;
    }

    TypePtr make(Type::Kind k, const SourcePos& pos) { return std::make_unique<Type>(k, pos); }

    TypePtr type(const SExpr& e) {
        switch (e.kind) {
        case SExpr::Kind::Id: {
            auto t = make(Type::Kind::Ref, e.pos);
            t->ref_name = e.text;
            return t;
        }
        case SExpr::Kind::Atom: return builtin(e);
        case SExpr::Kind::List: break;
        default: diags_.fatal(e.pos, std::string("expected a type, found ") + describe(e.kind));
        }
        if (e.items.empty()) diags_.fatal(e.pos, "expected a type, found ()");
        if (e.is_annotation("witx")) return witx_type(e);
        const SExpr& head = e.items[0];
        if (head.kind != SExpr::Kind::Atom) diags_.fatal(head.pos, "expected a type constructor");
        const std::string& k = head.text;
        if (k == "record" || k == "tuple") return record(e, k == "tuple");
        if (k == "enum" || k == "flags") return enumeration(e, k == "flags");
        if (k == "handle") {
            expect_count(e, 1, "(handle)");
            return make(Type::Kind::Handle, e.pos);
        }
        if (k == "list") {
            expect_count(e, 2, "(list TYPE)");
            auto t = make(Type::Kind::List, e.pos);
            t->elem = type(e.items[1]);
            return t;
        }
        if (k == "variant" || k == "union") return variant(e, k == "union");
        if (k == "expected") return expected(e);
        diags_.fatal(head.pos, "unknown type constructor '" + k + "'");
    }

    TypePtr builtin(const SExpr& e) {
        static const std::pair<const char*, Builtin> names[] = {
            {"u8", Builtin::U8},   {"u16", Builtin::U16}, {"u32", Builtin::U32}, {"u64", Builtin::U64},
            {"s8", Builtin::S8},   {"s16", Builtin::S16}, {"s32", Builtin::S32}, {"s64", Builtin::S64},
            {"f32", Builtin::F32}, {"f64", Builtin::F64}, {"string", Builtin::String}};
        for (const auto& [name, b] : names) {
            if (e.text == name) {
                auto t = make(Type::Kind::Builtin, e.pos);
                t->builtin = b;
                return t;
            }
        }
        diags_.fatal(e.pos, "unknown builtin type '" + e.text + "'");
    }

    TypePtr witx_type(const SExpr& e) {
        if (e.items.size() >= 2 && e.items[1].is_atom("usize")) {
            expect_count(e, 2, "(@witx usize)");
            auto t = make(Type::Kind::Builtin, e.pos);
            t->builtin = Builtin::Usize;
            return t;
        }
        bool is_ptr = e.items.size() >= 2 && e.items[1].is_atom("pointer");
        bool is_cptr = e.items.size() >= 2 && e.items[1].is_atom("const_pointer");
        if (is_ptr || is_cptr) {
            expect_count(e, 3, is_ptr ? "(@witx pointer TYPE)" : "(@witx const_pointer TYPE)");
            auto t = make(is_ptr ? Type::Kind::Pointer : Type::Kind::ConstPointer, e.pos);
            t->elem = type(e.items[2]);
            return t;
        }
        diags_.fatal(e.pos, "unknown @witx type annotation (expected usize, pointer or const_pointer)");
    }

    TypePtr record(const SExpr& e, bool is_tuple) {
        auto t = make(is_tuple ? Type::Kind::Tuple : Type::Kind::Record, e.pos);
        for (std::size_t i = 1; i < e.items.size(); ++i) {
            const SExpr& f = e.items[i];
            if (is_tuple && !f.is_form("field")) {
                t->members.push_back({std::to_string(i - 1), type(f), f.doc, f.pos, false});
                continue;
            }
            if (!f.is_form("field")) diags_.fatal(f.pos, "expected (field $name TYPE) in record");
            expect_count(f, 3, "(field $name TYPE)");
            const SExpr& name = expect_id(f, 1, "field name");
            t->members.push_back({name.text, type(f.items[2]), f.doc, name.pos});
        }
        return t;
    }

    TypePtr enumeration(const SExpr& e, bool is_flags) {
        const char* kw = is_flags ? "repr" : "tag";
        if (e.items.size() < 2) diags_.fatal(e.pos, std::string("missing (@witx ") + kw + " ...)");
        auto t = make(is_flags ? Type::Kind::Flags : Type::Kind::Enum, e.pos);
        t->repr = repr(e.items[1], kw);
        t->repr_pos = e.items[1].pos;
        t->cases = case_names(e, 2, is_flags ? "flag" : "case");
        return t;
    }

    TypePtr variant(const SExpr& e, bool is_union) {
        auto t = make(Type::Kind::Variant, e.pos);
        t->union_shorthand = is_union;
        if (e.items.size() < 2 || !e.items[1].is_annotation("witx") || e.items[1].items.size() != 3 ||
            !e.items[1].items[1].is_atom("tag") || e.items[1].items[2].kind != SExpr::Kind::Id)
            diags_.fatal(e.items.size() < 2 ? e.pos : e.items[1].pos,
                         std::string(is_union ? "union" : "variant") + " needs (@witx tag $enum_type)");
        t->tag_name = e.items[1].items[2].text;
        t->tag_pos = e.items[1].items[2].pos;
        for (std::size_t i = 2; i < e.items.size(); ++i) {
            const SExpr& c = e.items[i];
            if (is_union) {
                t->vcases.push_back({"", type(c), c.doc, c.pos});
                continue;
            }
            if (!c.is_form("case") || c.items.size() < 2 || c.items.size() > 3)
                diags_.fatal(c.pos, "expected (case $name) or (case $name TYPE) in variant");
            const SExpr& name = expect_id(c, 1, "case name");
            t->vcases.push_back({name.text, c.items.size() == 3 ? type(c.items[2]) : nullptr, c.doc, name.pos});
        }
        return t;
    }

    TypePtr expected(const SExpr& e) {
        auto t = make(Type::Kind::Expected, e.pos);
        std::size_t i = 1;
        if (i < e.items.size() && !e.items[i].is_form("error")) t->ok = type(e.items[i++]);
        if (i >= e.items.size() || !e.items[i].is_form("error") || e.items[i].items.size() != 2)
            diags_.fatal(i < e.items.size() ? e.items[i].pos : e.pos, "expected (error TYPE) in expected");
        t->err = type(e.items[i].items[1]);
        if (++i != e.items.size()) diags_.fatal(e.items[i].pos, "unexpected item after (error TYPE)");
        return t;
    }

    void module_form(const SExpr& form) {
        Module m;
        m.name = expect_id(form, 1, "module name").text;
        m.pos = form.items[1].pos;
        m.doc = form.doc;
        std::string area = kDefaultArea;
        for (std::size_t i = 2; i < form.items.size(); ++i) {
            const SExpr& item = form.items[i];
            if (item.is_annotation("witx") && item.items.size() >= 2 && item.items[1].is_atom("import_module")) {
                import_module(item, m);
            } else if (item.is_annotation("witx") && item.items.size() >= 2 && item.items[1].is_atom("area")) {
                area = area_name(item);
            } else if (item.is_form("import")) {
                if (item.items.size() != 3 || item.items[1].kind != SExpr::Kind::String ||
                    item.items[1].text != "memory" || !item.items[2].is_form("memory") ||
                    item.items[2].items.size() != 1)
                    diags_.fatal(item.pos, "expected (import \"memory\" (memory))");
                m.imports_memory = true;
            } else if (item.is_annotation("interface")) {
                m.functions.push_back(function(item));
                m.functions.back().area = area;
            } else {
                diags_.fatal(item.pos,
                             "expected (@interface func ...), (import ...), (@witx import_module ...) or (@witx area ...) in module");
            }
        }
        spec_.modules.push_back(std::move(m));
    }

    void import_module(const SExpr& item, Module& m) {
        if (item.items.size() != 4 || item.items[2].kind != SExpr::Kind::Atom ||
            item.items[3].kind != SExpr::Kind::String)
            diags_.fatal(item.pos, "expected (@witx import_module wasm32|wasm64 \"name\")");
        int model;
        if (item.items[2].text == "wasm32")
            model = 0;
        else if (item.items[2].text == "wasm64")
            model = 1;
        else
            diags_.fatal(item.items[2].pos, "unknown memory model '" + item.items[2].text + "' (expected wasm32 or wasm64)");
        if (!m.import_module[model].empty())
            diags_.fatal(item.pos, "duplicate import_module for " + item.items[2].text);
        if (item.items[3].text.empty()) diags_.fatal(item.items[3].pos, "import module name is empty");
        if (!is_plain_name(item.items[3].text))
            diags_.fatal(item.items[3].pos, "import module name '" + item.items[3].text +
                                                "' may only contain letters, digits, '_', '-' and '.'");
        m.import_module[model] = item.items[3].text;
    }

    // (@witx area $name): the header of the functions that follow. The name
    // becomes <wasix/NAME.hpp> and the directory abi/NAME/, so it is kept to
    // lower-case letters, digits and '_', and may not be a name the
    // generator already uses there.
    std::string area_name(const SExpr& item) {
        if (item.items.size() != 3 || item.items[2].kind != SExpr::Kind::Id)
            diags_.fatal(item.pos, "expected (@witx area $name)");
        const std::string& name = item.items[2].text;
        bool plain = !name.empty() && name[0] >= 'a' && name[0] <= 'z';
        for (char c : name) plain &= (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (!plain)
            diags_.fatal(item.items[2].pos,
                         "area name '" + name + "' must start with a lower-case letter and hold only a-z, 0-9 and '_'");
        if (name == kSharedArea || name == "wasix" || name == "functions")
            diags_.fatal(item.items[2].pos, "area name '" + name + "' is reserved");
        return name;
    }

    Function function(const SExpr& item) {
        // (@interface func (export "name") (param ...)* (result ...)? (@witx noreturn)?)
        if (item.items.size() < 3 || !item.items[1].is_atom("func") || !item.items[2].is_form("export") ||
            item.items[2].items.size() != 2 || item.items[2].items[1].kind != SExpr::Kind::String)
            diags_.fatal(item.pos, "expected (@interface func (export \"name\") ...)");
        Function f;
        f.name = item.items[2].items[1].text;
        f.pos = item.items[2].items[1].pos;
        f.doc = item.doc;
        if (f.name.empty()) diags_.fatal(f.pos, "function name is empty");
        if (!is_plain_name(f.name))
            diags_.fatal(f.pos, "function name '" + f.name + "' may only contain letters, digits, '_', '-' and '.'");
        for (std::size_t i = 3; i < item.items.size(); ++i) {
            const SExpr& p = item.items[i];
            if (p.is_form("param") || p.is_form("result")) {
                bool is_result = p.is_form("result");
                expect_count(p, 3, is_result ? "(result $name TYPE)" : "(param $name TYPE)");
                const SExpr& name = expect_id(p, 1, is_result ? "result name" : "parameter name");
                Param param{name.text, type(p.items[2]), p.doc, name.pos};
                if (!is_result) {
                    if (f.result) diags_.fatal(p.pos, "parameter after the result");
                    f.params.push_back(std::move(param));
                } else {
                    if (f.result) diags_.fatal(p.pos, "function has more than one result");
                    f.result = std::move(param);
                }
            } else if (p.is_annotation("witx") && p.items.size() == 2 && p.items[1].is_atom("noreturn")) {
                f.noreturn = true;
            } else {
                diags_.fatal(p.pos, "expected (param ...), (result ...) or (@witx noreturn) in function");
            }
        }
        return f;
    }

    const FileReader& read_;
    Spec& spec_;
    Diagnostics& diags_;
    std::set<std::string> loaded_;
    std::set<std::string> in_progress_;
};

}  // namespace

bool parse_files(const std::vector<std::string>& paths, const FileReader& read, Spec& spec, Diagnostics& diags) {
    Parser parser(read, spec, diags);
    for (const std::string& p : paths) parser.load(p, nullptr);
    return !diags.has_errors();
}

}  // namespace wasixgen
