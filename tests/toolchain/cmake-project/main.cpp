#include "greet.h"

#include <atomic>
#include <cstdio>
#include <cstring>
#include <thread>

// app NAME          greets NAME from two threads
// app cat FILE      prints FILE (a path into the source tree, as a test names it)
// app write FILE    writes FILE relative to the working directory
int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "cat") == 0) {
        std::FILE* f = std::fopen(argv[2], "r");
        if (!f) {
            std::perror(argv[2]);
            return 1;
        }
        char line[256];
        while (std::fgets(line, sizeof line, f)) std::fputs(line, stdout);
        std::fclose(f);
        return 0;
    }
    if (argc == 3 && std::strcmp(argv[1], "write") == 0) {
        std::FILE* f = std::fopen(argv[2], "w");
        if (!f) {
            std::perror(argv[2]);
            return 1;
        }
        std::fputs("written by the guest\n", f);
        return std::fclose(f) == 0 ? 0 : 1;
    }
    std::atomic<int> ran{0};
    std::thread a([&] { ++ran; });
    std::thread b([&] { ++ran; });
    a.join();
    b.join();
    char buf[64];
    greet(buf, sizeof buf, argc > 1 ? argv[1] : "nobody");
    std::printf("%s from %d threads\n", buf, ran.load());
    return ran.load() == 2 ? 0 : 1;
}
