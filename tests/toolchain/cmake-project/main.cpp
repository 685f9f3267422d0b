#include "greet.h"

#include <atomic>
#include <cstdio>
#include <thread>

int main(int argc, char** argv) {
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
