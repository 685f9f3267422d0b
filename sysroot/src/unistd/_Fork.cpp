// _Fork.cpp - _Fork(): fork() without the pthread_atfork handlers.
#include <unistd.h>

extern "C" pid_t __wasix_fork_raw(void);

extern "C" pid_t _Fork(void) {
    return __wasix_fork_raw();
}
