// The witx abstract syntax tree, shared by the resolver, layout and emitters.
#pragma once

#include "diagnostics.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wasixgen {

enum class IntRepr { U8, U16, U32, U64 };
int repr_bits(IntRepr r);
const char* to_string(IntRepr r);

enum class Builtin { U8, U16, U32, U64, S8, S16, S32, S64, F32, F64, String, Usize };
const char* to_string(Builtin b);

struct TypeDef;
struct Type;
using TypePtr = std::unique_ptr<Type>;

struct Member {  // record field, tuple element
    std::string name;  // an unnamed tuple element is named by its position ("0", "1", ...)
    TypePtr type;
    std::string doc;
    SourcePos pos;
    bool named = true;  // false only for a tuple element written without (field $name TYPE)
};

struct Case {  // enum case or flag
    std::string name;
    std::string doc;
    SourcePos pos;
};

struct VariantCase {
    std::string name;  // empty until resolved for the (union ...) shorthand
    TypePtr type;      // null: no payload
    std::string doc;
    SourcePos pos;
};

struct Type {
    enum class Kind {
        Builtin, Ref, Pointer, ConstPointer, List, Record, Enum, Flags, Handle, Variant, Tuple, Expected
    };
    Kind kind;
    SourcePos pos;

    Builtin builtin = Builtin::U8;   // Builtin
    std::string ref_name;            // Ref: the name, without '$'
    const TypeDef* ref = nullptr;    // Ref: set by the resolver
    TypePtr elem;                    // Pointer, ConstPointer, List
    std::vector<Member> members;     // Record, Tuple
    IntRepr repr = IntRepr::U32;     // Enum (tag), Flags (repr)
    SourcePos repr_pos;
    std::vector<Case> cases;         // Enum, Flags
    std::string tag_name;            // Variant: the tag enum's name
    SourcePos tag_pos;
    const TypeDef* tag = nullptr;    // Variant: set by the resolver
    bool union_shorthand = false;    // Variant written as (union ...)
    std::vector<VariantCase> vcases; // Variant
    TypePtr ok;                      // Expected: may be null
    TypePtr err;                     // Expected

    explicit Type(Kind k, SourcePos p) : kind(k), pos(std::move(p)) {}
};

struct TypeDef {
    std::string name;
    TypePtr type;
    std::string doc;
    SourcePos pos;
};

struct Param {
    std::string name;
    TypePtr type;
    std::string doc;
    SourcePos pos;
};

struct Function {
    std::string name;
    std::vector<Param> params;
    std::optional<Param> result;  // its type is an Expected
    bool noreturn = false;
    // The header the wrapper goes to (<wasix/AREA.hpp>): the last
    // (@witx area $name) before it in its module, else kDefaultArea.
    std::string area;
    std::string doc;
    SourcePos pos;
};

// The area of a function that no (@witx area) precedes, and the one area
// name reserved for the types that several areas share (areas.hpp).
constexpr const char* kDefaultArea = "core";
constexpr const char* kSharedArea = "shared";

enum class MemoryModel { Wasm32, Wasm64 };
const char* to_string(MemoryModel m);
constexpr MemoryModel kAllModels[] = {MemoryModel::Wasm32, MemoryModel::Wasm64};

struct Module {
    std::string name;
    // Import module name per memory model (index = MemoryModel); empty = none.
    std::string import_module[2];
    bool imports_memory = false;
    std::vector<Function> functions;
    std::string doc;
    SourcePos pos;
};

struct Spec {
    std::vector<std::unique_ptr<TypeDef>> types;  // in definition order
    std::map<std::string, const TypeDef*> by_name;
    std::vector<Module> modules;
    std::vector<std::string> files;  // every file loaded, in load order

    const TypeDef* find(const std::string& name) const {
        auto it = by_name.find(name);
        return it == by_name.end() ? nullptr : it->second;
    }
};

// Follows Ref types through typename aliases to the defining type.
const Type& underlying(const Type& t);

}  // namespace wasixgen
