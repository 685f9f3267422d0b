#include "config.h"
#include "generated.h"

#include <stdio.h>
#include <stdlib.h>

int conv_twice(int x);

int main(void) {
    /* config.h must not have replaced malloc by rpl_malloc (a cross-compiling guess). */
    void* p = malloc(0);
    printf("prog: host=%s conv=%d foo=%d generator-bits=%d malloc0=%s\n", HOST_TRIPLET,
           conv_twice(21), WASIXFOO_VALUE, GENERATED_BY_BUILD_MACHINE, p ? "non-null" : "null");
    free(p);
    return 0;
}
