/* dlopen(): a side module by path, with each binding mode; opening it again
 * gives the same handle; a missing file and a mode without RTLD_LAZY or
 * RTLD_NOW are NULL with a dlerror() message; dlopen(NULL) is the program
 * itself. (The program is built with -fPIC, see CMakeLists.txt.) */
#include <dlfcn.h>

#include "check.h"

static const char *msg(void) {
    const char *m = dlerror();
    return m && *m ? "message" : "none";
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    char lib[600];
    if (!check_side_module("dlside", lib, sizeof lib)) return check_done();

    void *h = dlopen("/no/such/dir/libno-such-library.so", RTLD_NOW);
    RECORD("dlopen.missing", "%s", h ? "handle" : "NULL");
    RECORD("dlerror.after_missing", "%s", msg());
    RECORD("dlerror.again", "%s", msg());

    void *now = dlopen(lib, RTLD_NOW);
    RECORD("dlopen.now", "%s", now ? "handle" : "NULL");
    RECORD("dlerror.after_now", "%s", msg());
    void *lazy = dlopen(lib, RTLD_LAZY | RTLD_LOCAL);
    RECORD("dlopen.lazy_local", "%s", lazy ? "handle" : "NULL");
    RECORD("dlopen.lazy_local.same", "%s", lazy == now ? "same" : "other");
    void *global = dlopen(lib, RTLD_NOW | RTLD_GLOBAL);
    RECORD("dlopen.now_global", "%s", global ? "handle" : "NULL");
    RECORD("dlopen.now_global.same", "%s", global == now ? "same" : "other");

    /* A failure, then a success: the success clears the message. */
    (void)dlopen("/no/such/dir/libother.so", RTLD_LAZY);
    void *again = dlopen(lib, RTLD_LAZY);
    RECORD("dlopen.after_failure", "%s", again ? "handle" : "NULL");
    RECORD("dlerror.after_success", "%s", msg());

    void *bad_mode = dlopen(lib, 0);
    RECORD("dlopen.mode0", "%s", bad_mode ? "handle" : "NULL");
    RECORD("dlerror.after_mode0", "%s", msg());

    void *self = dlopen(NULL, RTLD_NOW);
    RECORD("dlopen.self", "%s", self ? "handle" : "NULL");
    RECORD("dlerror.after_self", "%s", msg());

    /* A function of the library through the handle shows it is loaded. */
    int (*add)(int, int) = now ? (int (*)(int, int))dlsym(now, "dlside_add") : NULL;
    RECORD("dlopen.loaded", "%d", add ? add(2, 3) : -1);

    if (again) CALL("dlclose.again", dlclose(again));
    if (global) CALL("dlclose.global", dlclose(global));
    if (lazy) CALL("dlclose.lazy", dlclose(lazy));
    if (now) CALL("dlclose.now", dlclose(now));
    if (self) CALL("dlclose.self", dlclose(self));
    return check_done();
}
