/* Runs on the build machine during the build and writes generated.h. */
#include <stdio.h>

int main(void) {
    printf("#define GENERATED_BY_BUILD_MACHINE %d\n", (int)sizeof(void*) * 8);
    return 0;
}
