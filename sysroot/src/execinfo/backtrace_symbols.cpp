// backtrace_symbols.cpp - backtrace_symbols(): one malloc'd block with a
// "[address]" line per frame, as glibc prints frames it has no symbol for.
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>

extern "C" char** backtrace_symbols(void* const* frames, int n) {
    if (n < 0) n = 0;
    const size_t line = 2 + 2 + 2 * sizeof(void*) + 2;  // "[0x...]" and NUL
    char** out = static_cast<char**>(malloc(static_cast<size_t>(n) * (sizeof(char*) + line) + 1));
    if (!out) return nullptr;
    char* text = reinterpret_cast<char*>(out + n);
    for (int i = 0; i < n; ++i) {
        out[i] = text;
        text += snprintf(text, line, "[%p]", frames[i]) + 1;
    }
    return out;
}
