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

/* strlen, malloc and memcpy are the program's: one heap for both. (A side
 * module can only call what the program links: check.h uses all three.) */
char *dlside_dup(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p) memcpy(p, s, n);
    return p;
}

int dlside_call(int (*f)(int), int x) { return f(x) + 1; }
