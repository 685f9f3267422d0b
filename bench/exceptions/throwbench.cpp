// throwbench.cpp MODE N - the cost of C++ exceptions, one number per run:
//   call N      a non-inlined call 16 frames deep that returns normally (the baseline)
//   throw N     a std::runtime_error thrown 16 frames deep and caught, N times
//   throw1 N    the same, thrown and caught in the same frame
// Prints "<mode> <ns per iteration>". Built with -DWITH_FORK it forks once first (the child
// exits at once), so that the module links fork and is asyncified: run.sh compares the two.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <stdexcept>

#include <sys/wait.h>
#include <unistd.h>

namespace {

volatile int sink;

double now_ns() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

struct Guard {
    ~Guard() { sink = sink + 1; }
};

__attribute__((noinline)) int down(int n, bool do_throw) {
    Guard g;
    if (n == 0) {
        if (do_throw) throw std::runtime_error("bench");
        return sink;
    }
    return down(n - 1, do_throw) + 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: throwbench call|throw|throw1 N\n");
        return 2;
    }
    const char* mode = argv[1];
    const long n = std::atol(argv[2]);
#ifdef WITH_FORK
    const pid_t pid = fork();
    if (pid == 0) _exit(0);
    int st;
    waitpid(pid, &st, 0);
#endif
    long caught = 0;
    const double t0 = now_ns();
    for (long i = 0; i < n; i++) {
        if (std::strcmp(mode, "call") == 0) {
            sink = down(16, false);
        } else if (std::strcmp(mode, "throw") == 0) {
            try {
                down(16, true);
            } catch (const std::runtime_error&) {
                caught++;
            }
        } else {
            try {
                throw std::runtime_error("bench");
            } catch (const std::runtime_error&) {
                caught++;
            }
        }
    }
    const double t1 = now_ns();
    if (std::strcmp(mode, "call") != 0 && caught != n) return 1;
    std::printf("%s %.1f\n", mode, (t1 - t0) / n);
    return 0;
}
