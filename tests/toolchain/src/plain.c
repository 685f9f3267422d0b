// Single-threaded C guest for the driver tests.
#include <stdio.h>

#ifndef GREETING
#define GREETING "plain"
#endif

int main(int argc, char** argv) {
    (void)argv;
    printf("%s argc=%d\n", GREETING, argc);
    return 0;
}
