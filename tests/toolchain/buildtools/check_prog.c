#include <stdio.h>

int conv_twice(int x);

int main(void) {
    printf("check_prog ran as a guest: %d\n", conv_twice(50));
    return conv_twice(50) == 100 ? 0 : 1;
}
