/* dlclose(): each dlopen of a library is matched by a dlclose that succeeds
 * with no message; the handle of the program closes too. */
#include <dlfcn.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    char lib[600];
    if (!check_side_module("dlside", lib, sizeof lib)) return check_done();
    void *first = dlopen(lib, RTLD_NOW);
    void *second = dlopen(lib, RTLD_LAZY);
    RECORD("dlopen", "%s %s", first ? "handle" : "NULL", second ? "handle" : "NULL");
    if (!first || !second) return check_done();
    CALL("dlclose.second", dlclose(second));
    RECORD("dlerror.after_second", "%s", dlerror() ? "message" : "none");
    /* Still open once: its functions work. */
    int (*add)(int, int) = (int (*)(int, int))dlsym(first, "dlside_add");
    RECORD("still_open", "%d", add ? add(1, 2) : -1);
    CALL("dlclose.first", dlclose(first));
    RECORD("dlerror.after_first", "%s", dlerror() ? "message" : "none");
    void *self = dlopen(NULL, RTLD_LAZY);
    if (self) CALL("dlclose.self", dlclose(self));
    return check_done();
}
