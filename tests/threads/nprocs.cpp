// nprocs.cpp - the processor count reaches the program: sysconf
// (_SC_NPROCESSORS_ONLN, _SC_NPROCESSORS_CONF) and
// std::thread::hardware_concurrency() are at least 1 and agree; a thread can
// ask too. (The bundled runtime reports 1 through thread_parallelism.)
// EXPECT: nprocs: ok
#include <thread>
#include <unistd.h>
#include "check.h"

int main() {
    long onln = sysconf(_SC_NPROCESSORS_ONLN);
    long conf = sysconf(_SC_NPROCESSORS_CONF);
    unsigned hw = std::thread::hardware_concurrency();
    unsigned hw_thread = 0;
    std::thread([&] { hw_thread = std::thread::hardware_concurrency(); }).join();
    std::printf("sysconf(_SC_NPROCESSORS_ONLN)=%ld _SC_NPROCESSORS_CONF=%ld hardware_concurrency=%u (in a thread: %u)\n",
                onln, conf, hw, hw_thread);
    CHECK(onln >= 1);
    CHECK(conf >= 1);
    CHECK(hw >= 1);
    CHECK_EQ(hw, onln);
    CHECK_EQ(hw_thread, hw);
    return FINISH("nprocs");
}
