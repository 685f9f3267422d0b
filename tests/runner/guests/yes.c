/* Prints "y N" lines forever (like yes(1)); ends when stdout fails. */
#include <stdio.h>
int main(void) { for (long i = 0;; i++) { if (printf("y %ld\n", i) < 0) return 9; } }
