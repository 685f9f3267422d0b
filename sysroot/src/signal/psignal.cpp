// psignal.cpp - psignal(): "msg: description" (or the description alone)
// on stderr.
#include <signal.h>
#include <stdio.h>
#include <string.h>

extern "C" void psignal(int sig, const char* msg) {
    if (msg && *msg)
        fprintf(stderr, "%s: %s\n", msg, strsignal(sig));
    else
        fprintf(stderr, "%s\n", strsignal(sig));
}
