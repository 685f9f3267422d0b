#include "name_check.hpp"

#include "naming.hpp"

#include <map>

namespace wasixgen {
namespace {

class NameScope {
public:
    NameScope(Diagnostics& diags, std::string what) : diags_(diags), what_(std::move(what)) {}

    void add(const std::string& witx, const std::string& cpp, const SourcePos& pos) {
        if (!witx.empty() && witx[0] == '_') {
            diags_.error(pos, "'" + witx + "' starts with '_', which the C++ naming rule reserves");
            return;
        }
        auto [it, inserted] = seen_.emplace(cpp, Entry{witx, pos});
        if (!inserted && it->second.witx != witx)
            diags_.error(pos, what_ + " '" + witx + "' and '" + it->second.witx + "' (at " + to_string(it->second.pos) +
                                  ") both become '" + cpp + "' in C++");
    }

private:
    struct Entry {
        std::string witx;
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
    return diags.errors().size() == before;
}

}  // namespace wasixgen
