#include <stdio.h>

int main(void) {
    puts("probe ran");
    return 7;
}
