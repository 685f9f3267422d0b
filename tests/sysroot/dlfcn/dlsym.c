/* dlsym(): a function of a side module called through its pointer, a data
 * symbol read and written through its address (the library sees the same
 * memory), its constructor having run, the library calling the program's
 * libc (one heap) and a function of the program; the program's own symbols
 * through dlopen(NULL) and RTLD_DEFAULT; an unknown symbol is NULL with a
 * message. */
#include <dlfcn.h>
#include <stdlib.h>

#include "check.h"

int dlsym_program_twice(int x) { return 2 * x; }
int dlsym_program_data = 7;

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    char lib[600];
    if (!check_side_module("dlside", lib, sizeof lib)) return check_done();
    void *h = dlopen(lib, RTLD_NOW);
    RECORD("dlopen", "%s", h ? "handle" : "NULL");
    if (!h) return check_done();

    int (*add)(int, int) = (int (*)(int, int))dlsym(h, "dlside_add");
    RECORD("function", "%s", add ? "found" : "NULL");
    RECORD("dlerror.after_function", "%s", dlerror() ? "message" : "none");
    if (add) RECORD("function.call", "%d", add(40, 2));

    int *counter = (int *)dlsym(h, "dlside_counter");
    int (*bump)(void) = (int (*)(void))dlsym(h, "dlside_bump");
    RECORD("data", "%s", counter ? "found" : "NULL");
    if (counter && bump) {
        RECORD("data.value", "%d", *counter);
        RECORD("data.bump", "%d", bump());
        RECORD("data.after_bump", "%d", *counter);
        *counter = 100;
        RECORD("data.written", "%d", bump());
    }
    const char *name = (const char *)dlsym(h, "dlside_name");
    RECORD("const_data", "%s", name ? name : "NULL");

    int (*constructed)(void) = (int (*)(void))dlsym(h, "dlside_constructed");
    RECORD("constructor", "%d", constructed ? constructed() : -1);

    char *(*dup)(const char *) = (char *(*)(const char *))dlsym(h, "dlside_dup");
    if (dup) {
        char *copy = dup("shared heap");
        RECORD("libc.dup", "%s", copy ? copy : "NULL");
        free(copy); /* allocated by the library, freed by the program */
    }
    int (*call)(int (*)(int), int) = (int (*)(int (*)(int), int))dlsym(h, "dlside_call");
    RECORD("callback", "%d", call ? call(dlsym_program_twice, 20) : -1);

    RECORD("missing", "%s", dlsym(h, "dlside_no_such_symbol") ? "found" : "NULL");
    RECORD("dlerror.after_missing", "%s", dlerror() ? "message" : "none");
    RECORD("dlerror.cleared", "%s", dlerror() ? "message" : "none");

    void *self = dlopen(NULL, RTLD_NOW);
    RECORD("self", "%s", self ? "handle" : "NULL");
    if (self) {
        void *f = dlsym(self, "dlsym_program_twice");
        RECORD("self.function", "%s", f == (void *)dlsym_program_twice ? "same" : f ? "other" : "NULL");
        if (f) RECORD("self.function.call", "%d", ((int (*)(int))f)(21));
        void *d = dlsym(self, "dlsym_program_data");
        RECORD("self.data", "%s", d == (void *)&dlsym_program_data ? "same" : d ? "other" : "NULL");
        RECORD("self.missing", "%s", dlsym(self, "dlsym_no_such_symbol") ? "found" : "NULL");
        RECORD("self.missing.dlerror", "%s", dlerror() ? "message" : "none");
    }
    void *f = dlsym(RTLD_DEFAULT, "dlsym_program_twice");
    RECORD("default.function", "%s", f == (void *)dlsym_program_twice ? "same" : f ? "other" : "NULL");
    if (f) RECORD("default.function.call", "%d", ((int (*)(int))f)(4));
    void *m = dlsym(RTLD_DEFAULT, "malloc");
    RECORD("default.libc", "%s", m == (void *)malloc ? "same" : m ? "other" : "NULL");
    RECORD("default.missing", "%s", dlsym(RTLD_DEFAULT, "dlsym_no_such_symbol") ? "found" : "NULL");
    RECORD("default.missing.dlerror", "%s", dlerror() ? "message" : "none");
    CALL("dlclose", dlclose(h));
    return check_done();
}
