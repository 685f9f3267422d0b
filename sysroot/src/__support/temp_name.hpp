// temp_name.hpp - names for tmpfile, tmpnam and tempnam (stdio/).
#pragma once

#include <stddef.h>

namespace wasix_libc {

// Writes "<dir>/<prefix>XXXXXX" with six random characters into out (size
// bytes) for a name that does not exist yet; false when it does not fit or
// no free name was found (errno set: ENAMETOOLONG, EEXIST).
bool temp_name(const char* dir, const char* prefix, char* out, size_t size) noexcept;

// The directory tempnam uses: $TMPDIR, then dir, then P_tmpdir, then /tmp,
// the first that is a directory (glibc's order); nullptr if none is.
const char* temp_dir(const char* dir) noexcept;

}  // namespace wasix_libc
