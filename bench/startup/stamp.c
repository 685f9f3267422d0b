/* stamp.c - the start-up bench's guest: prints when its main was entered and when it returns,
 * in epoch milliseconds (CLOCK_REALTIME, the clock the host's trace uses), then exits. */
#include <stdio.h>
#include <time.h>

static double epoch_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(void) {
    double start = epoch_ms();
    printf("Hello, world! 42\n");
    printf("guest_main %.3f\nguest_return %.3f\n", start, epoch_ms());
    return 0;
}
