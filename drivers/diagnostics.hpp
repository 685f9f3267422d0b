// One-line diagnostics of the wasix-clang driver.
//
// Every message the driver itself prints is a single line on stderr that starts with
// "wasix-clang: error:" (or "wasix-clang: note:"), so that build logs stay greppable.
#pragma once

#include <string>

namespace wasix_driver {

// Prints "wasix-clang: error: MESSAGE" on stderr.
void print_error(const std::string& message);

// Prints "wasix-clang: note: MESSAGE" on stderr (used for -v output).
void print_note(const std::string& message);

}  // namespace wasix_driver
