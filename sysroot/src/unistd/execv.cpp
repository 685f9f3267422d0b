// execv.cpp - execv: execve with the current environment.
#include <unistd.h>

extern "C" char** environ;  // wasi-libc initialises it when referenced

extern "C" int execv(const char* path, char* const argv[]) {
    return execve(path, argv, environ);
}
