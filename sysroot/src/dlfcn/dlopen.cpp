// dlopen.cpp - dlopen() over the runtime's dlopen, which loads a side module
// (wasix-clang -fPIC -shared) into a dynamically linked program (linked with
// -fPIC, so its libc is this file compiled with __PIC__). A static program
// fails with a message that says how to link it; it never calls the runtime,
// whose dlopen only works in a dynamically linked program.
#include <dlfcn.h>
#include <stdlib.h>

#include "__support/dl_error.hpp"

#ifdef __PIC__
#include <wasix/wasix.hpp>

namespace {

wasix::dl_flags_t runtime_flags(int mode) {
    wasix::dl_flags_t f = (mode & RTLD_NOW) ? wasix::dl_flags_t::now : wasix::dl_flags_t::lazy;
    if (mode & RTLD_GLOBAL) f = f | wasix::dl_flags_t::global;
    if (mode & RTLD_NOLOAD) f = f | wasix::dl_flags_t::noload;
    if (mode & RTLD_NODELETE) f = f | wasix::dl_flags_t::nodelete;
    return f;
}

}  // namespace

extern "C" void* dlopen(const char* file, int mode) {
    // As glibc: exactly how to bind must be said, the rest is optional.
    if ((mode & (RTLD_LAZY | RTLD_NOW)) == 0) {
        wasix_libc::dl_set_error("dlopen", file, "invalid mode (neither RTLD_LAZY nor RTLD_NOW)");
        return nullptr;
    }
    // A null path is the program itself for the runtime.
    const wasix::string_ref path = file ? wasix::string_ref(file) : wasix::string_ref();
    const char* search = getenv("LD_LIBRARY_PATH");
    char err[256] = "";
    const auto h = wasix::dlopen(path, runtime_flags(mode), reinterpret_cast<uint8_t*>(err),
                                 sizeof err, search ? search : "");
    if (!h) {
        wasix_libc::dl_set_error("dlopen", file ? file : "(the program)",
                                 err[0] ? err : "cannot load the module");
        return nullptr;
    }
    wasix_libc::dl_clear_error();
    return wasix_libc::dl_handle_from_runtime(*h);
}

#else

extern "C" void* dlopen(const char* file, int) {
    wasix_libc::dl_set_error("dlopen", file, wasix_libc::kDlNotDynamic);
    return nullptr;
}

#endif
