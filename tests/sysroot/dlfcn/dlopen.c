/* dlopen()/dlsym()/dlerror()/dlclose(): a library that does not exist is
 * NULL with a message from dlerror, which is cleared by reading it; a
 * symbol the program does not export is NULL with a message; dlclose of a
 * null handle fails. (WASIX modules cannot load libraries at all: its
 * message says so, and dlopen of the program itself fails too.) */
#include <dlfcn.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    void *h = dlopen("libno-such-library.so", RTLD_NOW);
    RECORD("dlopen.missing", "%s", h ? "handle" : "NULL");
    const char *msg = dlerror();
    RECORD("dlerror.after_missing", "%s", msg && *msg ? "message" : "none");
    RECORD("dlerror.again", "%s", dlerror() ? "message" : "none");
    void *sym = dlsym(RTLD_DEFAULT, "no_such_symbol_anywhere");
    RECORD("dlsym.missing", "%s", sym ? "address" : "NULL");
    RECORD("dlerror.after_dlsym", "%s", dlerror() ? "message" : "none");
    RECORD("dlerror.clean", "%s", dlerror() ? "message" : "none");
    return check_done();
}
