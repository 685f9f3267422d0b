/* printf family and strtold with long double, by default (no extra
 * library): values exact in both x86-64's 80-bit and wasm32's 128-bit long
 * double, so the text is the same. */
#include <stdio.h>
#include <stdlib.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    char buf[128];
    snprintf(buf, sizeof buf, "%Lf", 1.5L);
    RECORD("Lf", "%s", buf);
    snprintf(buf, sizeof buf, "%.10Lf", 0.1L);
    RECORD("Lf.tenth", "%s", buf);
    snprintf(buf, sizeof buf, "%.0Lf", 1180591620717411303424.0L);
    RECORD("Lf.2_to_70", "%s", buf);
    snprintf(buf, sizeof buf, "%Lg|%Le|%10.3Lf|%-8.2Lg|", 123456.0L, -0.25L, 3.0L, 2.5L);
    RECORD("Lg.Le", "%s", buf);
    long double big = strtold("1e4000", NULL);
    snprintf(buf, sizeof buf, "%Lg", big);
    RECORD("strtold.1e4000", "%s", buf);
    long double x = 0;
    RECORD("sscanf.Lf", "%d", sscanf("42.125", "%Lf", &x));
    snprintf(buf, sizeof buf, "%.3Lf", x);
    RECORD("sscanf.value", "%s", buf);
    /* the INCRBYFLOAT pattern: %.17Lg of a sum */
    long double sum = 10.5L + 0.25L;
    snprintf(buf, sizeof buf, "%.17Lg", sum);
    RECORD("Lg.17", "%s", buf);
    /* double conversions are unaffected */
    snprintf(buf, sizeof buf, "%.3f %g", 2.0 / 3.0, 1e300);
    RECORD("double", "%s", buf);
    return check_done();
}
