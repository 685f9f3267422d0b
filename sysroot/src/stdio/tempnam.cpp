// tempnam.cpp - tempnam(): a malloc'd name that does not exist yet, in
// $TMPDIR, dir, P_tmpdir or /tmp (the first that is a directory), starting
// with up to five bytes of pfx (glibc).
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "__support/temp_name.hpp"

extern "C" char* tempnam(const char* dir, const char* pfx) {
    const char* d = wasix_libc::temp_dir(dir);
    if (!d) {
        errno = ENOENT;
        return nullptr;
    }
    char prefix[6] = "file";
    if (pfx) {
        strncpy(prefix, pfx, 5);
        prefix[5] = '\0';
    }
    char name[PATH_MAX];
    if (!wasix_libc::temp_name(d, prefix, name, sizeof name)) return nullptr;
    return strdup(name);
}
