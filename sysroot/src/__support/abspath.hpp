// abspath.hpp - absolute, lexically normalised paths against the runtime's
// working directory (the single source of truth for the cwd: chdir changes
// it, exec'd and spawned programs inherit it, and the libc's relative path
// resolution reads it).
#pragma once
#include <stddef.h>

extern "C" {
// Writes the absolute form of path ("/a/./b/../c" -> "/a/c") into a
// malloc'd string in *out. Returns 0 or an errno value.
int __wasix_abspath(const char* path, char** out);
}
