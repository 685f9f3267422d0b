/* dlerror(): NULL before any failure, the message of the last failure once
 * (then NULL again), a later failure's message replaces an unread one, and a
 * successful call clears it. */
#include <dlfcn.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    RECORD("initial", "%s", dlerror() ? "message" : "none");
    (void)dlopen("/no/such/dir/liba.so", RTLD_NOW);
    const char *m = dlerror();
    RECORD("after_failure", "%s", m && *m ? "message" : "none");
    RECORD("names_file", "%s", m && strstr(m, "/no/such/dir/liba.so") ? "yes" : "no");
    RECORD("read_twice", "%s", dlerror() ? "message" : "none");

    (void)dlopen("/no/such/dir/liba.so", RTLD_NOW);
    (void)dlsym(RTLD_DEFAULT, "dlerror_no_such_symbol");
    m = dlerror();
    RECORD("latest", "%s", m && strstr(m, "dlerror_no_such_symbol") ? "dlsym" : m ? "other" : "none");

    (void)dlopen("/no/such/dir/liba.so", RTLD_NOW);
    void *self = dlopen(NULL, RTLD_NOW);
    RECORD("self", "%s", self ? "handle" : "NULL");
    RECORD("after_success", "%s", dlerror() ? "message" : "none");
    if (self) dlclose(self);
    return check_done();
}
