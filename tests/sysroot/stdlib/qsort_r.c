/* qsort_r() (GNU argument order): the argument reaches the comparison, and
 * a comparison may itself call qsort_r. */
#include <stdlib.h>

#include "check.h"

static int by_direction(const void *a, const void *b, void *arg) {
    int x = *(const int *)a, y = *(const int *)b;
    int dir = *(int *)arg;
    return dir * ((x > y) - (x < y));
}

static int nested_calls;

static int nested(const void *a, const void *b, void *arg) {
    int inner[4] = {3, 1, 2, 0};
    int up = 1;
    qsort_r(inner, 4, sizeof inner[0], by_direction, &up);
    if (inner[0] == 0 && inner[3] == 3) ++nested_calls;
    return by_direction(a, b, arg);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int v[8] = {5, 3, 8, 1, 9, 2, 7, 4};
    int down = -1;
    qsort_r(v, 8, sizeof v[0], by_direction, &down);
    RECORD("descending", "%d %d %d %d %d %d %d %d", v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    int up = 1;
    qsort_r(v, 8, sizeof v[0], nested, &up);
    RECORD("nested", "%d %d %d %d %d %d %d %d", v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    RECORD("nested.inner_sorted", "%d", nested_calls > 0);
    qsort_r(v, 0, sizeof v[0], by_direction, &up);
    qsort_r(v, 1, sizeof v[0], by_direction, &up);
    RECORD("trivial", "%d", v[0]);
    return check_done();
}
