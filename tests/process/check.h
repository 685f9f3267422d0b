/* check.h - minimal test harness for the process-model guests: CHECK(cond)
 * prints the failing line; main returns the number of failures. */
#ifndef PROCESS_TEST_CHECK_H
#define PROCESS_TEST_CHECK_H
#include <errno.h>
#include <stdio.h>
#include <string.h>

static int check_failures;
#define CHECK(cond)                                                                           \
    do {                                                                                      \
        if (!(cond)) {                                                                        \
            fprintf(stderr, "%s:%d: CHECK failed: %s (errno %d: %s)\n", __FILE__, __LINE__, #cond, \
                    errno, strerror(errno));                                                  \
            fflush(stderr);                                                                   \
            ++check_failures;                                                                 \
        }                                                                                     \
    } while (0)
#define CHECK_DONE(name)                                                                      \
    do {                                                                                      \
        printf("%s: %s (%d failure%s)\n", name, check_failures ? "FAIL" : "ok", check_failures, \
               check_failures == 1 ? "" : "s");                                               \
        fflush(stdout);                                                                       \
        return check_failures ? 1 : 0;                                                        \
    } while (0)
#endif
