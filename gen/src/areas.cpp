#include "areas.hpp"

#include "emit_util.hpp"

#include <algorithm>
#include <functional>
#include <set>

namespace wasixgen {
namespace {

// Calls `f` on each typename `t` names itself, not on those they name in
// turn: through pointers and lists, members, variant tags and cases, and a
// result's values.
void each_named(const Type& t, const std::function<void(const TypeDef*)>& f) {
    switch (t.kind) {
    case Type::Kind::Ref:
        if (t.ref) f(t.ref);
        return;
    case Type::Kind::Pointer:
    case Type::Kind::ConstPointer:
    case Type::Kind::List: each_named(*t.elem, f); return;
    case Type::Kind::Record:
    case Type::Kind::Tuple:
        for (const Member& m : t.members) each_named(*m.type, f);
        return;
    case Type::Kind::Variant:
        if (t.tag) f(t.tag);
        for (const VariantCase& c : t.vcases)
            if (c.type) each_named(*c.type, f);
        return;
    case Type::Kind::Expected:
        if (t.ok) each_named(*t.ok, f);
        each_named(*t.err, f);
        return;
    default: return;
    }
}

}  // namespace

Areas::Areas(const Spec& spec) {
    // Every area that reaches each typename.
    std::map<const TypeDef*, std::set<std::string>> users;
    std::function<void(const Type&, const std::string&)> mark = [&](const Type& t, const std::string& area) {
        each_named(t, [&](const TypeDef* d) {
            if (users[d].insert(area).second) mark(*d->type, area);
        });
    };
    for (const Module& m : spec.modules)
        for (const Function& f : m.functions) {
            if (std::find(names_.begin(), names_.end(), f.area) == names_.end()) names_.push_back(f.area);
            for (const Param& p : f.params) mark(*p.type, f.area);
            if (f.result) {
                mark(*f.result->type, f.area);
                // Every area's wrappers return results of the error type.
                mark(*f.result->type->err, kSharedArea);
            }
        }
    // A type no function uses goes with the typenames it names directly: to
    // their area if that is one area, else it is shared and so becomes all
    // it refers to. Dependencies first, so that those have their areas.
    auto current = [&](const TypeDef* d) -> std::string {
        const std::set<std::string>& u = users[d];
        return u.size() == 1 ? *u.begin() : std::string(kSharedArea);
    };
    for (const TypeDef* d : emission_order(spec)) {
        if (!users[d].empty()) continue;
        std::set<std::string> named;
        each_named(*d->type, [&](const TypeDef* r) {
            if (r != d && !users[r].empty() && current(r) != kSharedArea) named.insert(current(r));
        });
        const std::string area = named.size() == 1 ? *named.begin() : std::string(kSharedArea);
        users[d].insert(area);
        mark(*d->type, area);
    }
    for (const auto& [def, areas] : users)
        type_area_[def] = areas.size() == 1 ? *areas.begin() : std::string(kSharedArea);
}

const std::string& Areas::of(const TypeDef& d) const {
    static const std::string shared = kSharedArea;
    auto it = type_area_.find(&d);
    return it == type_area_.end() ? shared : it->second;
}

}  // namespace wasixgen
