// The facts file: a SeedDocument written out as text, so that the oracle can
// run from the repository alone. seeds/000 lives outside the repository;
// extract_facts.cpp turns it into tests/gen/oracle/seed000_facts.txt, which
// is committed, and checks that file against the document whenever the
// document is there.
//
// Format: comment lines starting with '#' first (the first says how the file
// was generated), then one record per line, in document order. A record is
// a keyword and its fields, separated by tabs; `-` is an empty or absent
// value. ITEM stands for the six fields LINE ANCHOR NAME TYPE OFFSET BIT of
// a SeedItem; LINE is always the line in seeds/000.
//
//   type           LINE NAME KIND SIZE ALIGN       a type heading
//   member         ITEM                            a record member (or flag) of the last type
//   case           ITEM                            a variant case of the last type
//   layout         SIZE ALIGN TAG_SIZE             the Variant Layout of the last type
//   module         NAME                            the module heading
//   function       LINE NAME PARAMS RESULTS SIGNATURE
//                                                  PARAMS, RESULTS: 1 if that heading is there
//   param          ITEM                            of the last function
//   result         ITEM
//   result_layout  SIZE ALIGN TAG_SIZE
//   result_case    ITEM
//   ok_member      ITEM
#pragma once

#include "seed_document.hpp"

#include <string>

namespace oracle {

// `first_line` (without its newline) followed by the records of `doc`.
// Throws std::invalid_argument for a value the format cannot hold (`-`, or
// one with a tab or newline).
std::string write_facts(const SeedDocument& doc, const std::string& first_line);

// Reads a facts file. Never throws; problems go to `errors` as
// "facts:LINE: message". The function sections are checked against their
// headings as when reading the document (check_function).
SeedDocument read_facts(const std::string& text);

// The first line of a facts file (without its newline), or "" if none.
std::string first_line(const std::string& text);

}  // namespace oracle
