// Reads the reference document seeds/000 itself (markdown) into a
// SeedDocument. Used only to extract the committed facts file and to check
// that file against the document; the oracle test reads the facts file.
#pragma once

#include "seed_document.hpp"

#include <string>

namespace oracle {

// Parses the document text. Never throws; every line the reader does not
// understand goes to `errors`.
SeedDocument parse_seed(const std::string& text);

}  // namespace oracle
