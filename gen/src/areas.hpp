// Which header each function and typename is emitted in.
//
// A function's area is written in the witx ((@witx area $name), see
// DIALECT.md). A typename belongs to the one area whose functions use it,
// directly or through other types; the error type, what it refers to, types
// that no function uses and types that several areas use are "shared".
// Whatever an area's type refers to is then in that area or shared, and
// whatever a shared type refers to is shared, so each area's headers need
// only the shared ones besides their own.
#pragma once

#include "ast.hpp"

#include <map>
#include <string>
#include <vector>

namespace wasixgen {

class Areas {
public:
    explicit Areas(const Spec& spec);

    // The function areas in the order they first appear in the spec
    // (never kSharedArea).
    const std::vector<std::string>& names() const { return names_; }
    // kSharedArea or one of names().
    const std::string& of(const TypeDef& d) const;

private:
    std::vector<std::string> names_;
    std::map<const TypeDef*, std::string> type_area_;
};

}  // namespace wasixgen
