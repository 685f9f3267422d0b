// _exit.cpp - _exit() is _Exit() (stdlib/_Exit.cpp). Replaces wasi-libc's
// _Exit.o, which defines both.
#include <stdlib.h>
#include <unistd.h>

extern "C" _Noreturn void _exit(int status) {
    _Exit(status);
}
