// Pieces shared by the header emitters.
#pragma once

#include "ast.hpp"

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace wasixgen {

// Text of a generated header: banner, include guard by #pragma once.
std::string header_banner(const Spec& spec, const std::string& what);

// "/// line" comments for a doc string, indented.
std::string doc_comment(const std::string& doc, const std::string& indent);

// True if a type's layout or spelling differs between wasm32 and wasm64
// (it holds a pointer, usize, string or list, directly or by reference).
class ModelDependence {
public:
    bool of(const Type& t);
    bool of(const TypeDef& d);

private:
    std::map<const TypeDef*, bool> memo_;
};

// C++ spelling of a type. `qual` prefixes names that live in a model
// namespace (typenames and the ptr/slice/usize helpers): "" inside that
// namespace, "native::" in the wrappers.
class TypeSpeller {
public:
    TypeSpeller() = default;
    // Nothing is ever reported: the resolver rejects every type that
    // member() cannot spell. The parameter keeps callers that pass their
    // Diagnostics (tests/headers/call_all_gen.cpp) compiling.
    explicit TypeSpeller(Diagnostics&) {}

    // A struct member or alias target. An inline record, enum, flags, handle
    // or variant has no C++ name; the resolver allows them only as a
    // typename's definition, and this throws std::logic_error if one gets
    // through.
    std::string member(const Type& t, const std::string& qual) const;
    static std::string builtin(Builtin b, const std::string& qual);
};

// How a wrapper takes a parameter of type t: a string as ::wasix::string_ref, a list as
// ::wasix::array_view<const T>, a pointer as T*, anything else as the type itself.
std::string wrapper_param_type(const TypeSpeller& spell, const Type& t, const std::string& qual);

// The typenames in the order to emit them: each after what it names, except
// that a struct may be named through a pointer before it is defined (the
// emitters forward-declare structs).
std::vector<const TypeDef*> emission_order(const Spec& spec);

bool is_struct_kind(const Type& own);  // record or variant: emitted as a struct

std::string int_type(IntRepr r);  // uint8_t ...

}  // namespace wasixgen
