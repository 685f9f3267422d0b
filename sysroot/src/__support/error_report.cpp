// error_report.cpp - error_report.hpp, and the variables of <error.h>.
#include <error.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "__support/error_report.hpp"

extern "C" {
extern char* __progname_full;
void (*error_print_progname)(void);
unsigned int error_message_count;
int error_one_per_line;
}

namespace wasix_libc {

void error_report(int status, int errnum, const char* file, unsigned line, const char* fmt, va_list ap) noexcept {
    fflush(stdout);
    if (error_print_progname)
        error_print_progname();
    else
        fprintf(stderr, "%s: ", __progname_full ? __progname_full : "");
    if (file) fprintf(stderr, "%s:%u: ", file, line);
    vfprintf(stderr, fmt, ap);
    if (errnum) fprintf(stderr, ": %s", strerror(errnum));
    fputc('\n', stderr);
    fflush(stderr);
    ++error_message_count;
    if (status) exit(status);
}

}  // namespace wasix_libc
