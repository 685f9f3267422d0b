// SHA-256 (FIPS 180-4), so that the facts file can name the exact document
// it was extracted from without a crypto library.
#pragma once

#include <string>

namespace oracle {

// Lower-case hex digest of `data`.
std::string sha256_hex(const std::string& data);

}  // namespace oracle
