#include "diagnostics.hpp"

#include <cstdio>

namespace wasix_driver {

void print_error(const std::string& message) {
    std::fflush(stdout);
    std::fprintf(stderr, "wasix-clang: error: %s\n", message.c_str());
    std::fflush(stderr);
}

void print_note(const std::string& message) {
    std::fflush(stdout);
    std::fprintf(stderr, "wasix-clang: note: %s\n", message.c_str());
    std::fflush(stderr);
}

}  // namespace wasix_driver
