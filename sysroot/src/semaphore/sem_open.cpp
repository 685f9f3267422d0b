// sem_open.cpp - sem_open(): a named semaphore of the process
// (__support/named_sems.hpp); mode and value follow oflag as in POSIX.
#include <fcntl.h>
#include <semaphore.h>
#include <stdarg.h>

#include "__support/named_sems.hpp"

extern "C" sem_t* sem_open(const char* name, int oflag, ...) {
    unsigned value = 0;
    if (oflag & O_CREAT) {
        va_list ap;
        va_start(ap, oflag);
        (void)va_arg(ap, mode_t);
        value = va_arg(ap, unsigned);
        va_end(ap);
    }
    return wasix_libc::named_sem_open(name, oflag, value);
}
