#include "name_check.hpp"

#include "naming.hpp"

#include <map>
#include <set>
#include <utility>

namespace wasixgen {
namespace {

class NameScope {
public:
    NameScope(Diagnostics& diags, std::string what) : diags_(diags), what_(std::move(what)) {}

    // A witx name and the C++ name it becomes.
    void add(const std::string& witx, const std::string& cpp, const SourcePos& pos) {
        if (!witx.empty() && witx[0] == '_') {
            diags_.error(pos, "'" + witx + "' starts with '_', which the C++ naming rule reserves");
            return;
        }
        add_named("'" + witx + "'", cpp, pos);
    }

    // A C++ name the emitter makes up, described by `what` for the message.
    void add_named(const std::string& what, const std::string& cpp, const SourcePos& pos) {
        auto [it, inserted] = seen_.emplace(cpp, Entry{what, pos});
        // The same name twice is a duplicate, reported by the resolver (or,
        // for a function in two modules, per memory model below).
        if (!inserted && it->second.what != what)
            diags_.error(pos, what_ + " " + what + " and " + it->second.what + " (at " + to_string(it->second.pos) +
                                  ") both become '" + cpp + "' in C++");
    }

private:
    struct Entry {
        std::string what;
        SourcePos pos;
    };
    Diagnostics& diags_;
    std::string what_;
    std::map<std::string, Entry> seen_;
};

void check_type_members(const Type& t, Diagnostics& diags) {
    switch (t.kind) {
    case Type::Kind::Record: {
        NameScope fields(diags, "fields");
        for (const Member& m : t.members) fields.add(m.name, cpp_name(m.name), m.pos);
        break;
    }
    case Type::Kind::Enum:
    case Type::Kind::Flags: {
        NameScope cases(diags, "cases");
        for (const Case& c : t.cases) cases.add(c.name, cpp_name(c.name), c.pos);
        break;
    }
    case Type::Kind::Variant: {
        // Both the member (`_true`) and the accessor suffix (`is_true`) must be unique.
        NameScope members(diags, "cases"), accessors(diags, "cases");
        for (const VariantCase& c : t.vcases) {
            members.add(c.name, cpp_name(c.name), c.pos);
            accessors.add(c.name, cpp_suffix(c.name), c.pos);
        }
        break;
    }
    default: break;
    }
}

}  // namespace

bool check_cpp_names(const Spec& spec, Diagnostics& diags) {
    const std::size_t before = diags.errors().size();
    // Types and functions share namespace wasix in a guest.
    NameScope globals(diags, "names");
    for (const auto& d : spec.types) {
        globals.add(d->name, cpp_type_name(d->name), d->pos);
        check_type_members(*d->type, diags);
    }
    for (const Module& m : spec.modules) {
        for (const Function& f : m.functions) {
            globals.add(f.name, cpp_name(f.name), f.pos);
            // The wrapper of a function returning a tuple returns a struct
            // `<name>_results` (emit_functions.cpp).
            if (f.result && f.result->type->ok && f.result->type->ok->kind == Type::Kind::Tuple) {
                globals.add_named("the results struct of '" + f.name + "'", cpp_name(f.name) + "_results", f.pos);
                NameScope results(diags, "results");
                for (const Member& m : f.result->type->ok->members)
                    if (m.named) results.add(m.name, cpp_name(m.name), m.pos);
            }
            NameScope params(diags, "parameters");
            for (const Param& p : f.params) {
                params.add(p.name, cpp_name(p.name), p.pos);
                // The wrappers' own locals.
                const std::string n = cpp_name(p.name);
                if (n == "out_" || n == "err_")
                    diags.error(p.pos, "parameter name '" + n + "' is reserved for the wrappers' locals");
            }
        }
    }
    // A guest gets the wrappers of every module imported in its memory
    // model, all in namespace wasix: a function name may be in two modules
    // only if no model imports both.
    std::set<const Function*> reported;
    for (MemoryModel model : kAllModels) {
        const int mi = static_cast<int>(model);
        std::map<std::string, std::pair<const Module*, const Function*>> seen;
        for (const Module& m : spec.modules) {
            if (m.import_module[mi].empty()) continue;
            for (const Function& f : m.functions) {
                auto [it, inserted] = seen.emplace(f.name, std::make_pair(&m, &f));
                const Module& other = *it->second.first;
                if (inserted || &other == &m || !reported.insert(&f).second) continue;
                diags.error(f.pos, "modules '$" + m.name + "' and '$" + other.name + "' (at " +
                                       to_string(it->second.second->pos) + ") both have function '" + f.name +
                                       "' on " + to_string(model) + "; their wrappers would both be wasix::" +
                                       cpp_name(f.name));
            }
        }
    }
    return diags.errors().size() == before;
}

}  // namespace wasixgen
