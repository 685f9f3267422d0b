// dlclose.cpp - dlclose(): tells the runtime the handle is no longer used
// (dl_invalid_handle; the runtime keeps the module loaded). The program's own
// handle (dlopen(NULL)) closes without a call: the runtime refuses it.
#include <dlfcn.h>

#include "__support/dl_error.hpp"

#ifdef __PIC__
#include <wasix/wasix.hpp>

extern "C" int dlclose(void* handle) {
    if (handle == nullptr || handle == RTLD_NEXT) {
        wasix_libc::dl_set_error("dlclose", nullptr, "invalid handle");
        return -1;
    }
    if (wasix_libc::dl_handle_to_runtime(handle) == wasix_libc::kDlProgramHandle) {
        wasix_libc::dl_clear_error();
        return 0;
    }
    const auto r = wasix::dl_invalid_handle(wasix_libc::dl_handle_to_runtime(handle));
    if (!r) {
        wasix_libc::dl_set_error("dlclose", nullptr, "invalid handle");
        return -1;
    }
    wasix_libc::dl_clear_error();
    return 0;
}

#else

// No handle can exist: dlopen always fails in a static program.
extern "C" int dlclose(void*) {
    wasix_libc::dl_set_error("dlclose", nullptr, "invalid handle");
    return -1;
}

#endif
