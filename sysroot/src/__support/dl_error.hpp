// dl_error.hpp - the per-thread message dlerror() returns. The bundled
// runtime does not provide the WASIX dl_open/dl_load_symbol/dl_close
// imports (a module that merely imports them fails to instantiate), so the
// dlfcn functions never call the runtime: each failure stores a message
// saying so here.
#pragma once

namespace wasix_libc {

// Records "<what> <name>: dynamic loading is not supported ..." (name may be
// null).
void dl_set_error(const char* what, const char* name) noexcept;
// The recorded message, once; null when there is none (dlerror).
char* dl_take_error() noexcept;

}  // namespace wasix_libc
