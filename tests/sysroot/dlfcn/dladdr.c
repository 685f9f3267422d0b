/* dladdr(): an address in no loaded object is 0; a function of the program
 * and one of a side module are named on Linux (the runtime cannot map an
 * address to its module: known-differences.txt). */
#include <dlfcn.h>

#include "check.h"

int dladdr_program_function(void) { return 1; }

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    Dl_info info;
    memset(&info, 0x55, sizeof info);
    RECORD("null", "%d", dladdr(NULL, &info) != 0);
    RECORD("program", "%d", dladdr((void *)dladdr_program_function, &info) != 0);
    char lib[600];
    if (!check_side_module("dlside", lib, sizeof lib)) return check_done();
    void *h = dlopen(lib, RTLD_NOW);
    void *add = h ? dlsym(h, "dlside_add") : NULL;
    RECORD("library", "%d", add && dladdr(add, &info) != 0);
    if (h) dlclose(h);
    return check_done();
}
