// dl_error.cpp - see dl_error.hpp.
#include <stdio.h>

#include "__support/dl_error.hpp"

namespace wasix_libc {
namespace {

thread_local char message[512];
thread_local bool pending;

}  // namespace

void dl_set_error(const char* what, const char* name, const char* reason) noexcept {
    snprintf(message, sizeof message, "%s%s%s: %s", what, name ? " " : "", name ? name : "",
             reason);
    pending = true;
}

char* dl_take_error() noexcept {
    if (!pending) return nullptr;
    pending = false;
    return message;
}

void dl_clear_error() noexcept { pending = false; }

}  // namespace wasix_libc
