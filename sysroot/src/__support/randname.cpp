// randname.cpp - __randname(), which musl's mkstemp family (compiled as is)
// calls for the six characters of a template: from the runtime's random
// source rather than musl's clock-and-address mix, so names do not repeat
// between processes started at the same moment.
#include <wasix/wasix.hpp>

namespace {
const char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
}

extern "C" char* __randname(char* tmpl) {
    uint8_t bytes[6] = {};
    (void)wasix::random_get(bytes, sizeof bytes);
    for (int i = 0; i < 6; ++i) tmpl[i] = kChars[bytes[i] % (sizeof kChars - 1)];
    return tmpl;
}
