// dlopen() of a library written in C++ by a program written in C++ (dlfcn/side/dlside_cxx.cpp):
// the library's static constructors have run when dlopen returns; std::string and std::vector
// pass between the two (one heap: what one allocates the other frees); both write to std::cout;
// with exceptions, what the library throws (a standard type, a type of its own derived from one,
// std::out_of_range from the standard library, an int) is caught in the program, destructors
// run in the library's frames an exception passes through, and the library catches what the
// program throws, also on another thread; dlclose. Built a second time with -fno-exceptions
// (dlopen_cxx.noexcept), which loads the library's -fno-exceptions build.
#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <dlfcn.h>

#include "check.h"

namespace {

#if __cpp_exceptions
const char* const kLibrary = "dlside_cxx";
#else
const char* const kLibrary = "dlside_cxx.noexcept";
#endif

template <typename F>
F symbol(void* handle, const char* name) {
    F f = reinterpret_cast<F>(dlsym(handle, name));
    RECORD((std::string("dlsym.") + name).c_str(), "%s", f ? "found" : "NULL");
    return f;
}

#if __cpp_exceptions
int program_throws(int x) {
    if (x > 0) throw std::invalid_argument("thrown in the program");
    if (x < 0) throw x;
    return x;
}

void exceptions(void* h) {
    auto throw_ = symbol<int (*)(int)>(h, "dlside_cxx_throw");
    auto destructors = symbol<int (*)()>(h, "dlside_cxx_destructors");
    auto through = symbol<int (*)(int (*)(int), int)>(h, "dlside_cxx_call_through");
    auto catch_ = symbol<void (*)(int (*)(int), int, std::string&)>(h, "dlside_cxx_catch");
    if (!throw_ || !destructors || !through || !catch_) return;

    for (int kind = 0; kind < 5; ++kind) {
        std::string name = "throw." + std::to_string(kind);
        const int before = destructors();
        std::string what;
        try {
            what = "returned " + std::to_string(throw_(kind));
        } catch (const std::out_of_range&) {
            what = "caught std::out_of_range";
        } catch (const std::runtime_error& e) {
            what = std::string("caught std::runtime_error: ") + e.what();
        } catch (int v) {
            what = "caught int " + std::to_string(v);
        } catch (...) {
            what = "caught other";
        }
        RECORD(name.c_str(), "%s", what.c_str());
        RECORD((name + ".destructors").c_str(), "%d", destructors() - before);
    }

    const int before = destructors();
    std::string what;
    try {
        what = "returned " + std::to_string(through(program_throws, 1));
    } catch (const std::invalid_argument& e) {
        what = std::string("caught std::invalid_argument: ") + e.what();
    }
    RECORD("through.program_throws", "%s", what.c_str());
    RECORD("through.destructors", "%d", destructors() - before);
    RECORD("through.returns", "%d", through(program_throws, 0));

    std::string out;
    catch_(program_throws, 1, out);
    RECORD("side_catches.std", "%s", out.c_str());
    catch_(program_throws, -3, out);
    RECORD("side_catches.int", "%s", out.c_str());
    catch_(program_throws, 0, out);
    RECORD("side_catches.none", "%s", out.c_str());

    // A thread other than the main one: the library catches, then the program.
    std::string thread_out, thread_program;
    std::thread([&] {
        catch_(program_throws, 1, thread_out);
        try {
            throw_(0);
        } catch (const std::runtime_error& e) {
            thread_program = e.what();
        }
    }).join();
    RECORD("thread.side_catches", "%s", thread_out.c_str());
    RECORD("thread.program_catches", "%s", thread_program.c_str());

    // The program still throws and catches on its own afterwards.
    try {
        program_throws(-1);
        RECORD("program.after", "no throw");
    } catch (int v) {
        RECORD("program.after", "caught int %d", v);
    }
}
#endif

}  // namespace

int main(int argc, char** argv) {
    check_scratch(argc, argv);
    char lib[600];
    if (!check_side_module(kLibrary, lib, sizeof lib)) return check_done();
    void* h = dlopen(lib, RTLD_NOW);
    RECORD("dlopen", "%s", h ? "handle" : "NULL");
    if (!h) {
        const char* e = dlerror();
        std::fprintf(stderr, "dlopen: %s\n", e ? e : "(no message)");
        return check_done();
    }

    auto registry = symbol<void (*)(std::string&)>(h, "dlside_cxx_registry");
    auto upper = symbol<void (*)(const std::vector<std::string>&, std::vector<std::string>&)>(
        h, "dlside_cxx_upper");
    auto print = symbol<void (*)(const char*, int)>(h, "dlside_cxx_print");

    if (registry) {
        std::string names;
        registry(names);
        RECORD("constructors", "%s", names.c_str());
    }
    if (upper) {
        std::vector<std::string> in = {"one", "two", std::string(100, 'x')};
        std::vector<std::string> out = {"first"};
        upper(in, out);
        std::string joined;
        for (const std::string& s : out) joined += s.size() > 10 ? "X*" + std::to_string(s.size()) + " " : s + " ";
        RECORD("strings", "%zu: %s", out.size(), joined.c_str());
    }
    if (print) {
        // Both write records to std::cout, in the order written.
        std::cout << "cout.program: main 1" << std::endl;
        print("cout.side", 2);
        std::cout << "cout.program.after: main 3" << std::endl;
    }
#if __cpp_exceptions
    exceptions(h);
#endif

    CALL("dlclose", dlclose(h));
    return check_done();
}
