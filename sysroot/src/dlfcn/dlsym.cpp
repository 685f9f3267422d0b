// dlsym.cpp - dlsym() over the runtime's dlsym: a data symbol's address or a
// function's table index, which is what a function pointer is in wasm (the
// runtime gives each lookup of a function a table slot of its own, so the
// pointer calls the function but is not equal to &function). RTLD_DEFAULT is
// the runtime's handle 0 (dl_error.hpp); RTLD_NEXT has no meaning the
// runtime can give. A static program has no symbol table to
// look in (dlopen.cpp).
#include <dlfcn.h>
#include <stdint.h>

#include "__support/dl_error.hpp"

#ifdef __PIC__
#include <wasix/wasix.hpp>

extern "C" void* dlsym(void* __restrict handle, const char* __restrict name) {
    if (handle == RTLD_NEXT) {
        wasix_libc::dl_set_error("dlsym", name, "RTLD_NEXT is not supported");
        return nullptr;
    }
    if (name == nullptr) {
        wasix_libc::dl_set_error("dlsym", name, "no symbol name");
        return nullptr;
    }
    const uint32_t h = wasix_libc::dl_handle_to_runtime(handle);
    char err[256] = "";
    const auto sym = wasix::dlsym(h, name, reinterpret_cast<uint8_t*>(err), sizeof err);
    if (!sym) {
        wasix_libc::dl_set_error("dlsym", name, err[0] ? err : "undefined symbol");
        return nullptr;
    }
    wasix_libc::dl_clear_error();
    return reinterpret_cast<void*>(static_cast<uintptr_t>(*sym));
}

#else

extern "C" void* dlsym(void* __restrict, const char* __restrict name) {
    wasix_libc::dl_set_error("dlsym", name, wasix_libc::kDlNotDynamic);
    return nullptr;
}

#endif
