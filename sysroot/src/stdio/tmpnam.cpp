// tmpnam.cpp - tmpnam(): a name in P_tmpdir that does not exist yet (into
// s, or a static buffer when s is NULL).
#include <stdio.h>
#include <string.h>

#include "__support/temp_name.hpp"

extern "C" char* tmpnam(char* s) {
    static char internal[L_tmpnam];
    char name[L_tmpnam];
    if (!wasix_libc::temp_name(P_tmpdir, "", name, sizeof name)) return nullptr;
    char* out = s ? s : internal;
    memcpy(out, name, sizeof name);
    return out;
}
