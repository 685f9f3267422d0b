// execvp.cpp - execvp(): execvpe with the current environment.
#include <unistd.h>

extern "C" char** environ;  // wasi-libc initialises it when referenced

extern "C" int execvp(const char* file, char* const argv[]) {
    return execvpe(file, argv, environ);
}
