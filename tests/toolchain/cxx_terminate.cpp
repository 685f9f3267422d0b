// cxx_terminate.cpp MODE - how a C++ program with exceptions ends when one is not caught, and
// fork() inside a catch block. process-test.sh (case cxx_terminate) runs each mode under
// wasix-run and natively (g++), and compares stderr and the exit status:
//   uncaught        a std::runtime_error leaves main          -> terminate message, 134
//   uncaught_int    an int leaves main (no what())            -> terminate message, 134
//   noexcept        a noexcept function lets one out          -> terminate message, 134
//   terminate       std::terminate() with nothing in flight   -> terminate message, 134
//   fork_in_catch   fork() inside a catch handler: WASIX refuses it (ENOTSUP and a message on
//                   stderr; asyncify cannot unwind out of a catch block); Linux forks. Either
//                   way the program then forks outside the handler and exits 0.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace {

void leak_through_noexcept() noexcept {
    throw std::logic_error("through noexcept");
}

int fork_and_wait() {
    const pid_t pid = fork();
    if (pid == 0) _exit(5);
    if (pid < 0) return -errno;
    int st = 0;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1000;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    if (mode == "uncaught") throw std::runtime_error("nobody catches this");
    if (mode == "uncaught_int") throw 42;
    if (mode == "noexcept") leak_through_noexcept();
    if (mode == "terminate") std::terminate();
    if (mode == "fork_in_catch") {
        // The throw is conditional: code that only a catch handler can reach (after a try
        // whose body always throws) is compiled into the wasm catch block, where fork would
        // trap instead of being refused (see drivers/README.md).
        try {
            if (argc > 1) throw std::runtime_error("being handled");
        } catch (const std::exception&) {
            const int r = fork_and_wait();
            std::printf("in catch: %s\n", r == 5 ? "forked" : r == -ENOTSUP ? "ENOTSUP" : "other");
        }
        std::printf("after catch: %s\n", fork_and_wait() == 5 ? "forked" : "failed");
        try {
            if (argc > 1) throw std::runtime_error("again");
        } catch (const std::exception& e) {
            std::printf("caught %s\n", e.what());
        }
        return 0;
    }
    std::fprintf(stderr, "usage: cxx_terminate uncaught|uncaught_int|noexcept|terminate|fork_in_catch\n");
    return 2;
}
