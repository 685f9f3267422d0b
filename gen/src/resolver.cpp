#include "resolver.hpp"

#include "name_check.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace wasixgen {
namespace {

enum class Context { TypeDef, Param, ResultOk, ResultErr, Element };  // where a type is written

// The constructors that become a named C++ type (an enum class or a struct):
// only a typename can give them that name.
const char* named_kind(Type::Kind k) {
    switch (k) {
    case Type::Kind::Record: return "record";
    case Type::Kind::Enum: return "enum";
    case Type::Kind::Flags: return "flags";
    case Type::Kind::Handle: return "handle";
    case Type::Kind::Variant: return "variant";
    default: return nullptr;
    }
}

class Resolver {
public:
    Resolver(Spec& spec, Diagnostics& diags) : spec_(spec), diags_(diags) {}

    void run() {
        for (auto& def : spec_.types) {
            auto [it, inserted] = spec_.by_name.emplace(def->name, def.get());
            if (!inserted)
                diags_.error(def->pos, "duplicate type '$" + def->name + "' (first defined at " +
                                           to_string(it->second->pos) + ")");
        }
        for (auto& def : spec_.types) check_type(*def->type, Context::TypeDef);
        check_cycles();
        for (auto& def : spec_.types) check_shape(*def->type);
        std::set<std::string> module_names;
        for (Module& m : spec_.modules) {
            if (!module_names.insert(m.name).second) diags_.error(m.pos, "duplicate module '$" + m.name + "'");
            check_module(m);
        }
        // Last: union cases get their names from the tag above.
        check_cpp_names(spec_, diags_);
    }

private:
    // Resolves references below `t` and checks where each constructor may be
    // used. Runs before cycle detection, so it must not follow references.
    void check_type(Type& t, Context ctx) {
        // A record or variant parameter is reported as passed by value
        // (check_param_type), which says more.
        const bool by_value_param =
            ctx == Context::Param && (t.kind == Type::Kind::Record || t.kind == Type::Kind::Variant);
        if (ctx != Context::TypeDef && !by_value_param) {
            if (const char* kind = named_kind(t.kind))
                diags_.error(t.pos, std::string("an inline ") + kind +
                                        " is only allowed as the definition of a typename; give it a typename");
        }
        switch (t.kind) {
        case Type::Kind::Ref: {
            const TypeDef* def = spec_.find(t.ref_name);
            if (!def) diags_.error(t.pos, "unknown type '$" + t.ref_name + "'");
            t.ref = def;
            break;
        }
        case Type::Kind::Pointer:
        case Type::Kind::ConstPointer:
        case Type::Kind::List: check_type(*t.elem, Context::Element); break;
        case Type::Kind::Tuple:
            if (ctx != Context::ResultOk) diags_.error(t.pos, "tuple is only allowed as the ok value of a result");
            [[fallthrough]];
        case Type::Kind::Record:
            for (Member& m : t.members) check_type(*m.type, Context::Element);
            break;
        case Type::Kind::Variant: {
            const TypeDef* tag = spec_.find(t.tag_name);
            if (!tag) diags_.error(t.tag_pos, "unknown type '$" + t.tag_name + "'");
            t.tag = tag;
            for (VariantCase& c : t.vcases)
                if (c.type) check_type(*c.type, Context::Element);
            break;
        }
        case Type::Kind::Expected:
            // A function's own result is checked by check_result; any other
            // `expected` is misplaced.
            diags_.error(t.pos, "expected is only allowed as a function result");
            break;
        case Type::Kind::Builtin:
        case Type::Kind::Enum:
        case Type::Kind::Flags:
        case Type::Kind::Handle: break;
        }
    }

    // Collects the typenames `t` holds by value (not through a pointer or list).
    static void by_value_refs(const Type& t, std::vector<const TypeDef*>& out) {
        switch (t.kind) {
        case Type::Kind::Ref:
            if (t.ref) out.push_back(t.ref);
            break;
        case Type::Kind::Record:
        case Type::Kind::Tuple:
            for (const Member& m : t.members) by_value_refs(*m.type, out);
            break;
        case Type::Kind::Variant:
            for (const VariantCase& c : t.vcases)
                if (c.type) by_value_refs(*c.type, out);
            break;
        default: break;
        }
    }

    // Collects every typename `t` refers to, through pointers and lists too.
    static void all_refs(const Type& t, std::vector<const TypeDef*>& out) {
        if (t.kind == Type::Kind::Ref && t.ref) out.push_back(t.ref);
        if (t.elem) all_refs(*t.elem, out);
        for (const Member& m : t.members) all_refs(*m.type, out);
        for (const VariantCase& c : t.vcases)
            if (c.type) all_refs(*c.type, out);
    }

    // Finds types that contain themselves (by value or through aliases), and
    // types whose chain of references is longer than kMaxTypeDepth. Both walks
    // are iterative: a hostile spec can chain thousands of typenames, and
    // every later stage may recurse along such a chain, which the depth limit
    // keeps short.
    void check_cycles() {
        const std::size_t n = spec_.types.size();
        std::map<const TypeDef*, std::size_t> index;
        for (std::size_t i = 0; i < n; ++i) index[spec_.types[i].get()] = i;
        std::vector<std::vector<std::size_t>> by_value(n), any(n);
        for (std::size_t i = 0; i < n; ++i) {
            std::vector<const TypeDef*> refs;
            by_value_refs(*spec_.types[i]->type, refs);
            for (const TypeDef* r : refs) by_value[i].push_back(index[r]);
            refs.clear();
            all_refs(*spec_.types[i]->type, refs);
            for (const TypeDef* r : refs) any[i].push_back(index[r]);
        }

        enum Color { White, Grey, Black };
        // By-value cycles: a grey successor closes a cycle.
        std::vector<Color> color(n, White);
        for (std::size_t root = 0; root < n; ++root) {
            if (color[root] != White) continue;
            std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};
            color[root] = Grey;
            while (!stack.empty()) {
                auto& [node, next] = stack.back();
                if (next == by_value[node].size()) {
                    color[node] = Black;
                    stack.pop_back();
                    continue;
                }
                std::size_t succ = by_value[node][next++];
                if (color[succ] == Grey) {
                    std::string path;
                    bool on = false;
                    for (const auto& frame : stack) {
                        if (frame.first == succ) on = true;
                        if (on) path += "$" + spec_.types[frame.first]->name + " -> ";
                    }
                    const TypeDef* d = spec_.types[succ].get();
                    diags_.error(d->pos, "type '$" + d->name + "' contains itself (" + path + "$" + d->name + ")");
                    cyclic_.insert(d);
                } else if (color[succ] == White) {
                    color[succ] = Grey;
                    stack.push_back({succ, 0});
                }
            }
        }

        // Longest chain of references (back edges through pointers are
        // legitimate, e.g. a list node pointing at its own type; skip them).
        std::vector<Color> seen(n, White);
        std::vector<std::size_t> depth(n, 1);
        for (std::size_t root = 0; root < n; ++root) {
            if (seen[root] != White) continue;
            std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};
            seen[root] = Grey;
            while (!stack.empty()) {
                auto& [node, next] = stack.back();
                if (next == any[node].size()) {
                    seen[node] = Black;
                    const std::size_t done = node;
                    stack.pop_back();
                    if (!stack.empty()) depth[stack.back().first] = std::max(depth[stack.back().first], depth[done] + 1);
                    continue;
                }
                std::size_t succ = any[node][next++];
                if (seen[succ] == White) {
                    seen[succ] = Grey;
                    stack.push_back({succ, 0});
                } else if (seen[succ] == Black) {
                    depth[node] = std::max(depth[node], depth[succ] + 1);
                }
            }
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (depth[i] > kMaxTypeDepth && !too_deep_reported_) {
                // One error is enough: every type above the culprit is deep too.
                const TypeDef* d = spec_.types[i].get();
                diags_.error(d->pos, "type '$" + d->name + "' is nested too deeply (a chain of more than " +
                                         std::to_string(kMaxTypeDepth) + " type references)");
                too_deep_reported_ = true;
            }
        }
        // Anything that reaches a cycle cannot be laid out either; make
        // references to it unresolved so later stages skip it quietly.
        if (!cyclic_.empty()) {
            for (auto& def : spec_.types) clear_cyclic_refs(*def->type);
        }
    }

    void clear_cyclic_refs(Type& t) {
        if (t.kind == Type::Kind::Ref && cyclic_.count(t.ref)) t.ref = nullptr;
        if (t.elem) clear_cyclic_refs(*t.elem);
        for (Member& m : t.members) clear_cyclic_refs(*m.type);
        for (VariantCase& c : t.vcases)
            if (c.type) clear_cyclic_refs(*c.type);
    }

    void no_duplicate_names(const std::vector<Case>& cases, const char* what) {
        std::map<std::string, const Case*> seen;
        for (const Case& c : cases) {
            auto [it, inserted] = seen.emplace(c.name, &c);
            if (!inserted)
                diags_.error(c.pos, std::string("duplicate ") + what + " '$" + c.name + "' (first at " +
                                        to_string(it->second->pos) + ")");
        }
    }

    // Per-constructor rules that need resolved references.
    void check_shape(Type& t) {
        switch (t.kind) {
        case Type::Kind::Enum: {
            no_duplicate_names(t.cases, "case");
            if (t.cases.empty()) diags_.error(t.pos, "enum has no cases");
            int bits = repr_bits(t.repr);
            if (bits < 64 && t.cases.size() > (std::uint64_t{1} << bits))
                diags_.error(t.repr_pos, "enum has " + std::to_string(t.cases.size()) + " cases, too many for " +
                                             to_string(t.repr));
            break;
        }
        case Type::Kind::Flags:
            no_duplicate_names(t.cases, "flag");
            if (t.cases.empty()) diags_.error(t.pos, "flags has no flags");
            if (t.cases.size() > static_cast<std::size_t>(repr_bits(t.repr)))
                diags_.error(t.repr_pos, "flags has " + std::to_string(t.cases.size()) + " flags, too many for " +
                                             to_string(t.repr));
            break;
        case Type::Kind::Record:
        case Type::Kind::Tuple: {
            if (t.kind == Type::Kind::Record && t.members.empty()) diags_.error(t.pos, "record has no fields");
            // Tuple elements are named all or none: a wrapper's results struct
            // uses the names, or _0, _1, ... for every member.
            if (t.kind == Type::Kind::Tuple && !t.members.empty())
                for (const Member& m : t.members)
                    if (m.named != t.members.front().named) {
                        diags_.error(m.pos, "tuple elements must be all named, (field $name TYPE), or all unnamed");
                        break;
                    }
            std::map<std::string, SourcePos> seen;
            for (Member& m : t.members) {
                auto [it, inserted] = seen.emplace(m.name, m.pos);
                if (!inserted)
                    diags_.error(m.pos, "duplicate field '$" + m.name + "' (first at " + to_string(it->second) + ")");
                check_shape(*m.type);
            }
            break;
        }
        case Type::Kind::Variant: check_variant(t); break;
        case Type::Kind::Pointer:
        case Type::Kind::ConstPointer:
        case Type::Kind::List: check_shape(*t.elem); break;
        default: break;
        }
    }

    void check_variant(Type& t) {
        for (VariantCase& c : t.vcases)
            if (c.type) check_shape(*c.type);
        if (!t.tag) return;
        const Type& tag = underlying(*t.tag->type);
        if (tag.kind != Type::Kind::Enum) {
            diags_.error(t.tag_pos, "tag type '$" + t.tag_name + "' is not an enum");
            return;
        }
        if (t.vcases.size() != tag.cases.size()) {
            diags_.error(t.pos, std::string(t.union_shorthand ? "union" : "variant") + " has " +
                                    std::to_string(t.vcases.size()) + " cases but its tag '$" + t.tag_name +
                                    "' has " + std::to_string(tag.cases.size()));
            return;
        }
        for (std::size_t i = 0; i < t.vcases.size(); ++i) {
            VariantCase& c = t.vcases[i];
            if (t.union_shorthand) {
                c.name = tag.cases[i].name;
            } else if (c.name != tag.cases[i].name) {
                diags_.error(c.pos, "case '$" + c.name + "' does not match case " + std::to_string(i) + " of tag '$" +
                                        t.tag_name + "', which is '$" + tag.cases[i].name + "'");
            }
        }
    }

    // A function parameter may be anything that lowers to core wasm values.
    void check_param_type(const Type& t, const SourcePos& pos) {
        const Type& u = underlying(t);
        if (t.kind == Type::Kind::Ref && !t.ref) return;  // already reported
        switch (u.kind) {
        case Type::Kind::Record:
        case Type::Kind::Variant:
            diags_.error(pos, std::string(u.kind == Type::Kind::Record ? "record" : "variant") +
                                  " cannot be passed by value; pass a pointer");
            break;
        default: break;
        }
    }

    void check_module(Module& m) {
        if (m.import_module[0].empty() && m.import_module[1].empty())
            diags_.error(m.pos, "module '$" + m.name + "' has no (@witx import_module ...) for any memory model");
        std::map<std::string, SourcePos> funcs;
        for (Function& f : m.functions) {
            auto [it, inserted] = funcs.emplace(f.name, f.pos);
            if (!inserted)
                diags_.error(f.pos, "duplicate function '" + f.name + "' (first at " + to_string(it->second) + ")");
            std::map<std::string, SourcePos> params;
            for (Param& p : f.params) {
                auto [pit, pins] = params.emplace(p.name, p.pos);
                if (!pins)
                    diags_.error(p.pos, "duplicate parameter '$" + p.name + "' (first at " + to_string(pit->second) + ")");
                if (p.type->kind == Type::Kind::Expected || p.type->kind == Type::Kind::Tuple) {
                    diags_.error(p.type->pos, std::string(p.type->kind == Type::Kind::Expected ? "expected" : "tuple") +
                                                  " is not allowed as a parameter type");
                    continue;
                }
                check_type(*p.type, Context::Param);
                check_shape(*p.type);
                check_param_type(*p.type, p.pos);
            }
            if (f.result) check_result(f);
        }
    }

    void check_result(Function& f) {
        Type& r = *f.result->type;
        if (f.noreturn) diags_.error(f.result->pos, "a noreturn function cannot have a result");
        if (r.kind != Type::Kind::Expected) {
            diags_.error(r.pos, "a function result must be (expected ... (error $errno))");
            return;
        }
        if (r.ok) {
            check_type(*r.ok, Context::ResultOk);
            check_shape(*r.ok);
        }
        if (r.err->kind == Type::Kind::Expected || r.err->kind == Type::Kind::Tuple) {
            diags_.error(r.err->pos, "the error of a result must be an enum");
            return;
        }
        check_type(*r.err, Context::ResultErr);
        const Type& e = underlying(*r.err);
        if ((r.err->kind != Type::Kind::Ref || r.err->ref) && e.kind != Type::Kind::Enum)
            diags_.error(r.err->pos, "the error of a result must be an enum");
        // Every wrapper returns the same result type, so every result names
        // the same error typename (an alias of it is a different name).
        if (r.err->kind == Type::Kind::Ref && r.err->ref && e.kind == Type::Kind::Enum) {
            if (error_type_.empty())
                error_type_ = r.err->ref_name;
            else if (r.err->ref_name != error_type_)
                diags_.error(r.err->pos, "every result must use the same error type ('$" + error_type_ + "'), not '$" +
                                             r.err->ref_name + "'");
        }
    }

    Spec& spec_;
    Diagnostics& diags_;
    std::set<const TypeDef*> cyclic_;
    bool too_deep_reported_ = false;
    std::string error_type_;  // the error typename of the first result
};

}  // namespace

bool resolve(Spec& spec, Diagnostics& diags) {
    Resolver(spec, diags).run();
    return !diags.has_errors();
}

}  // namespace wasixgen
