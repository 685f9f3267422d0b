// What the reference document seeds/000 (the WASIX ABI reference, a markdown
// rendering of Wasmer's witx) states, as plain data independent of the
// generator's front end. seed_reader fills it from the document itself,
// seed_facts from the committed facts file; nothing is inferred.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace oracle {

// A list line: "- <a href="#ANCHOR" name="ANCHOR"></a> `NAME`" with an
// optional ": TYPE", where TYPE is "`label`" or "[`name`](#name)".
struct SeedItem {
    std::string anchor;
    std::string name;
    std::string type;  // the label, links reduced to the name; "" if none
    std::optional<std::uint64_t> offset;  // "Offset: N" after the item
    std::optional<std::uint64_t> bit;     // "Bit: N" after the item
    int line = 0;
};

struct SeedVariantLayout {
    std::optional<std::uint64_t> size;
    std::optional<std::uint64_t> align;
    std::optional<std::uint64_t> tag_size;
};

// "## `name`: `Kind`" under "# Types".
struct SeedType {
    std::string name;
    std::string kind;  // "Record", "Variant", "Handle", "u32", "List<iovec>", ...
    int line = 0;
    std::optional<std::uint64_t> size;
    std::optional<std::uint64_t> align;
    std::vector<SeedItem> members;  // "### Record members" (Offset or Bit)
    std::vector<SeedItem> cases;    // "### Variant cases", in order
    std::optional<SeedVariantLayout> variant_layout;  // "### Variant Layout"
};

struct SeedParam {
    std::string name;
    std::string type;
};

// "#### `name(params) -> Result<...>`" under "# Modules".
struct SeedFunction {
    std::string name;
    std::string signature;                    // the heading's text
    std::vector<SeedParam> signature_params;  // from the heading
    std::string signature_result;             // from the heading; "" if none
    int line = 0;
    bool has_params_heading = false;
    bool has_results_heading = false;
    std::vector<SeedItem> params;                 // "##### Params"
    std::optional<SeedItem> result;               // "##### Results" item
    std::optional<SeedVariantLayout> result_layout;  // "###### Variant Layout"
    std::vector<SeedItem> result_cases;           // "###### Variant cases": ok, err
    std::vector<SeedItem> ok_members;             // "####### Record members" of a tuple ok
};

struct SeedDocument {
    std::vector<SeedType> types;      // in document order
    std::string module_name;          // "## wasix_module_name"
    std::vector<SeedFunction> functions;
    std::vector<std::string> errors;  // "000:LINE: message" or "facts:LINE: message": what could not be read

    const SeedType* find_type(const std::string& name) const;
    const SeedFunction* find_function(const std::string& name) const;
};

// The whole file, or nullopt if it cannot be read.
std::optional<std::string> read_text_file(const std::string& path);

// Splits "a: T, b: Pointer<U>" at top-level commas (not inside <> or ()).
std::vector<std::string> split_top_level(const std::string& s);

// Fills `signature_params` and `signature_result` from `signature` and checks
// that the heading and the sections below it tell the same story. Problems
// are appended to `errors` as "000:LINE: message".
void check_function(SeedFunction& f, std::vector<std::string>& errors);

}  // namespace oracle
