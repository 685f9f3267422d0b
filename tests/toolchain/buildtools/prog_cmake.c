#include <stdio.h>

int main(void) {
    printf("cmake app foo=%d\n", WASIXFOO_VALUE);
    return 0;
}
