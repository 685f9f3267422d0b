/* The library the dlfcn tests load (bin/dlfcn/libdlside.so): functions, data
 * the program reads and writes through dlsym's address, a constructor, and
 * calls back into the program's libc and into a function of the program. */
#include <stdlib.h>
#include <string.h>

int dlside_counter = 41;
const char dlside_name[] = "dlside";
static int constructed;

__attribute__((constructor)) static void dlside_init(void) { constructed = 1; }

int dlside_add(int a, int b) { return a + b; }
int dlside_constructed(void) { return constructed; }
int dlside_bump(void) { return ++dlside_counter; }

/* strlen and malloc are the program's: one heap for both. */
char *dlside_dup(const char *s) {
    char *p = malloc(strlen(s) + 1);
    if (p) strcpy(p, s);
    return p;
}

int dlside_call(int (*f)(int), int x) { return f(x) + 1; }
