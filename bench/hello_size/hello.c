/* hello.c - the C hello world of the size benchmark (printf). */
#include <stdio.h>

int main(void) {
    printf("Hello, world! %d\n", 42);
    return 0;
}
