/* dlbench.c - the cost of dynamic loading. Usage: dlbench LIB N
 *   load:   the first dlopen of LIB (reads and instantiates it), in microseconds
 *   dlsym:  one dlsym of a function in the loaded library, in nanoseconds (mean of N)
 *   cycle:  dlopen + dlsym + dlclose of the same library, in nanoseconds (mean of N): natively
 *           the last dlclose unloads it, so each cycle loads it again; under WASIX dlclose never
 *           unloads, so a cycle finds it loaded (see the README's limits). */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    const char *lib = argv[1];
    const long n = atol(argv[2]);
    double t0 = now_ns();
    void *h = dlopen(lib, RTLD_NOW);
    const double load = now_ns() - t0;
    if (!h) {
        fprintf(stderr, "dlbench: %s\n", dlerror());
        return 1;
    }
    int (*add)(int, int) = 0;
    t0 = now_ns();
    for (long i = 0; i < n; ++i) *(void **)&add = dlsym(h, "dlbench_add");
    const double sym = (now_ns() - t0) / (double)n;
    if (!add || add(2, 3) != 5) return 1;
    dlclose(h);
    t0 = now_ns();
    for (long i = 0; i < n; ++i) {
        void *c = dlopen(lib, RTLD_NOW);
        if (!c || !dlsym(c, "dlbench_add")) return 1;
        dlclose(c);
    }
    const double cycle = (now_ns() - t0) / (double)n;
    printf("load: %.1f us\ndlsym: %.1f ns\ncycle: %.1f ns\n", load / 1e3, sym, cycle);
    return 0;
}
