// C++ exceptions (<exception>, <stdexcept>): throw and catch across 50 frames, rethrow and
// nested try blocks, an exception thrown by a qsort comparator through the C library's frames,
// destructors run exactly once during unwinding, catch (...), std::exception_ptr carried
// between threads (std::async, std::promise::set_exception, 8 threads throwing at once), the
// standard library throwing its documented types (std::stoi, std::vector::at,
// std::filesystem), setjmp/longjmp in the same program, fork in a program that has thrown
// (both processes throw and catch afterwards), and a noexcept violation ending a child in
// std::terminate. fork inside a catch block is tested by tests/process (cxx_terminate): built
// at -O0, as these tests are, the refused call can trap on the way back (drivers/README.md).
#include <atomic>
#include <csetjmp>
#include <cstring>
#include <exception>
#include <filesystem>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

namespace {

struct depth_error : std::runtime_error {
    int depth;
    explicit depth_error(int d) : std::runtime_error("deep"), depth(d) {}
};

// Atomic: the threads of across_threads() make and destroy Guards too.
std::atomic<int> live{0};       // Guard objects alive
std::atomic<int> destroyed{0};  // Guard destructors run
struct Guard {
    Guard() { ++live; }
    ~Guard() {
        --live;
        ++destroyed;
    }
};

__attribute__((noinline)) int dive(int n) {
    Guard g;
    if (n == 0) throw depth_error(50);
    return dive(n - 1) + 1;
}

void frames() {
    destroyed = 0;
    try {
        dive(49);  // 50 frames, one Guard each
        RECORD("frames.caught", "no");
    } catch (const depth_error& e) {
        RECORD("frames.caught", "depth=%d what=%s", e.depth, e.what());
    }
    RECORD("frames.destructors", "%d run, %d alive", destroyed.load(), live.load());
}

void rethrow_nested() {
    std::string trace;
    try {
        try {
            throw std::logic_error("first");
        } catch (const std::logic_error& e) {
            trace += std::string("inner:") + e.what() + ";";
            try {
                throw 42;
            } catch (int v) {
                trace += "nested:" + std::to_string(v) + ";";
            }
            throw;  // the logic_error again
        }
    } catch (const std::exception& e) {
        trace += std::string("outer:") + e.what() + ";";
    }
    RECORD("rethrow.trace", "%s", trace.c_str());

    // A catch that does not match lets the exception through.
    int where = 0;
    try {
        try {
            throw std::out_of_range("range");
        } catch (const std::invalid_argument&) {
            where = 1;
        }
    } catch (const std::out_of_range&) {
        where = 2;
    }
    RECORD("rethrow.unmatched_passes", "%d", where);

    // throw_with_nested / rethrow_if_nested
    try {
        try {
            throw std::runtime_error("cause");
        } catch (...) {
            std::throw_with_nested(std::logic_error("wrapper"));
        }
    } catch (const std::logic_error& e) {
        std::string inner = "none";
        try {
            std::rethrow_if_nested(e);
        } catch (const std::runtime_error& r) {
            inner = r.what();
        }
        RECORD("nested.wrapper", "%s inner=%s", e.what(), inner.c_str());
    }
}

int compare_or_throw(const void* a, const void* b) {
    const int x = *static_cast<const int*>(a), y = *static_cast<const int*>(b);
    if (x == 13 || y == 13) throw std::runtime_error("unlucky");
    return (x > y) - (x < y);
}

void through_c_frames() {
    int v[] = {5, 3, 13, 1, 4, 2};
    const char* what = "none";
    try {
        qsort(v, 6, sizeof v[0], compare_or_throw);
    } catch (const std::runtime_error& e) {
        what = e.what();
    }
    RECORD("qsort.comparator_threw", "%s", what);
    int w[] = {5, 3, 1, 4, 2};
    qsort(w, 5, sizeof w[0], compare_or_throw);  // and the C library still works
    RECORD("qsort.after", "%d%d%d%d%d", w[0], w[1], w[2], w[3], w[4]);
}

void catch_all() {
    int kinds = 0;
    for (int k = 0; k < 4; k++) {
        try {
            switch (k) {
            case 0: throw 1;
            case 1: throw 'c';
            case 2: throw std::string("s");
            default: throw Guard();
            }
        } catch (...) {
            kinds++;
        }
    }
    RECORD("catch_all.kinds", "%d of 4, guards alive %d", kinds, live.load());
    std::exception_ptr none = std::current_exception();
    RECORD("catch_all.no_current_outside", "%s", none ? "has" : "null");
}

void across_threads() {
    auto f = std::async(std::launch::async, [] () -> int { throw std::invalid_argument("from async"); });
    try {
        f.get();
        RECORD("async.rethrown", "no");
    } catch (const std::invalid_argument& e) {
        RECORD("async.rethrown", "%s", e.what());
    }

    std::promise<int> p;
    auto pf = p.get_future();
    std::thread([&p] {
        try {
            throw std::length_error("set_exception");
        } catch (...) {
            p.set_exception(std::current_exception());
        }
    }).join();
    try {
        pf.get();
    } catch (const std::length_error& e) {
        RECORD("promise.set_exception", "%s", e.what());
    }

    // 8 threads each throw and catch 200 times, and hand their last exception over.
    constexpr int kThreads = 8, kRounds = 200;
    std::atomic<int> caught{0};
    std::vector<std::exception_ptr> last(kThreads);
    std::vector<std::thread> ts;
    for (int t = 0; t < kThreads; t++)
        ts.emplace_back([t, &caught, &last] {
            for (int i = 0; i < kRounds; i++) {
                try {
                    Guard g;
                    throw depth_error(t * 1000 + i);
                } catch (const depth_error& e) {
                    if (e.depth == t * 1000 + i) caught++;
                    last[t] = std::current_exception();
                }
            }
        });
    for (auto& t : ts) t.join();
    int rethrown_ok = 0;
    for (int t = 0; t < kThreads; t++) {
        try {
            std::rethrow_exception(last[t]);
        } catch (const depth_error& e) {
            if (e.depth == t * 1000 + kRounds - 1) rethrown_ok++;
        }
    }
    RECORD("threads.caught", "%d of %d", caught.load(), kThreads * kRounds);
    RECORD("threads.exception_ptr", "%d of %d", rethrown_ok, kThreads);
}

void standard_types() {
    try {
        (void)std::stoi("x");
        RECORD("stoi.x", "no throw");
    } catch (const std::invalid_argument&) {
        RECORD("stoi.x", "invalid_argument");
    }
    try {
        (void)std::stoi("99999999999999999999");
        RECORD("stoi.huge", "no throw");
    } catch (const std::out_of_range&) {
        RECORD("stoi.huge", "out_of_range");
    }
    std::vector<int> v(3);
    try {
        (void)v.at(3);
        RECORD("vector.at", "no throw");
    } catch (const std::out_of_range&) {
        RECORD("vector.at", "out_of_range");
    }
    const std::string missing = std::string(check_scratch_dir) + "/no/such/file";
    try {
        (void)std::filesystem::file_size(missing);
        RECORD("filesystem.file_size", "no throw");
    } catch (const std::filesystem::filesystem_error& e) {
        RECORD("filesystem.file_size", "filesystem_error %s path1=%s",
               check_errno_name(e.code().value()), e.path1() == missing ? "same" : e.path1().c_str());
    }
    try {
        std::filesystem::directory_iterator it(missing);
        RECORD("filesystem.directory_iterator", "no throw");
    } catch (const std::filesystem::filesystem_error& e) {
        RECORD("filesystem.directory_iterator", "filesystem_error %s", check_errno_name(e.code().value()));
    }
    try {
        throw std::bad_alloc();
    } catch (const std::exception& e) {
        RECORD("bad_alloc.is_exception", "yes");
    }
}

std::jmp_buf jb;
__attribute__((noinline)) void jump_from(int n) {
    if (n > 0) jump_from(n - 1);
    else std::longjmp(jb, 7);
}

void with_setjmp() {
    volatile int rounds = 0;
    int r = setjmp(jb);
    if (r == 0) {
        rounds = rounds + 1;
        jump_from(10);
    }
    RECORD("setjmp.longjmp", "r=%d rounds=%d", r, (int)rounds);
    // and exceptions still work after it
    try {
        throw std::runtime_error("after longjmp");
    } catch (const std::exception& e) {
        RECORD("setjmp.then_throw", "%s", e.what());
    }
}

// Exit code of the child that ran `fn`, or 100+ when it ended otherwise.
template <class F>
int in_child(F fn) {
    fflush(stdout);
    const pid_t pid = fork();
    if (pid == 0) {
        fn();
        fflush(stdout);
        _exit(0);
    }
    if (pid < 0) return -1;
    int st = 0;
    if (waitpid(pid, &st, 0) != pid) return -2;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 100 + WTERMSIG(st);
}

int throw_catch_count(int n) {
    int caught = 0;
    for (int i = 0; i < n; i++) {
        try {
            dive(5);
        } catch (const depth_error&) {
            caught++;
        }
    }
    return caught;
}

void fork_after_throwing() {
    const int before = throw_catch_count(3);
    const int code = in_child([] {
        const int n = throw_catch_count(4);
        // Only the child records this line; its exit code carries the count too.
        RECORD("fork.child_caught", "%d", n);
        fflush(stdout);
        _exit(n == 4 ? 0 : 1);
    });
    const int after = throw_catch_count(5);
    RECORD("fork.parent", "before=%d after=%d child_exit=%d", before, after, code);
}

void noexcept_violation() noexcept { throw std::runtime_error("through noexcept"); }

void terminate_in_child() {
    // std::terminate ends the child abnormally (SIGABRT on Linux).
    int fds[2];
    CHECK(pipe(fds) == 0);
    fflush(stdout);
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        noexcept_violation();
        _exit(0);
    }
    close(fds[1]);
    char buf[512] = {0};
    size_t got = 0;
    ssize_t n;
    while (got < sizeof buf - 1 && (n = read(fds[0], buf + got, sizeof buf - 1 - got)) > 0) got += n;
    close(fds[0]);
    int st = 0;
    CHECK(waitpid(pid, &st, 0) == pid);
    for (char* c = buf; *c; c++)
        if (*c == '\n') *c = '|';
    RECORD("noexcept.stderr", "%s", buf);
    RECORD("noexcept.status", "%s", WIFSIGNALED(st) ? (WTERMSIG(st) == SIGABRT ? "SIGABRT" : "signal")
                                    : WIFEXITED(st) ? (WEXITSTATUS(st) == 0 ? "exit 0" : "exit nonzero") : "other");
}

}  // namespace

int main(int argc, char** argv) {
    check_scratch(argc, argv);
    frames();
    rethrow_nested();
    through_c_frames();
    catch_all();
    across_threads();
    standard_types();
    with_setjmp();
    fork_after_throwing();
    terminate_in_child();
    RECORD("end.guards_alive", "%d", live.load());
    return check_done();
}
