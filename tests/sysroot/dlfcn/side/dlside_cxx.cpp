// The C++ library the C++ dlfcn test (dlfcn/dlopen_cxx.cpp) loads: bin/dlfcn/libdlside_cxx.so,
// and libdlside_cxx.noexcept.so built with -fno-exceptions for the test's .noexcept program.
// Static constructors that must have run when dlopen returns, std::string, std::vector and
// std::cout shared with the program (one heap, one stdout), and with exceptions: throws that
// leave the library, an exception of the program's that passes through the library's frames
// (running their destructors) and one the library catches itself.
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

// Constructed before dlopen returns; the test reads what it holds.
struct Registry {
    std::vector<std::string> names;
    Registry() {
        names.push_back("alpha");
        names.push_back("beta");
    }
};
Registry registry;

int destructors_run = 0;
struct Guard {
    ~Guard() { ++destructors_run; }
};

}  // namespace

// The names the static constructor stored, joined by ','.
extern "C" void dlside_cxx_registry(std::string& out) {
    out.clear();
    for (const std::string& n : registry.names) out += (out.empty() ? "" : ",") + n;
}

// Appends parts to out, each upper-cased: the strings grow in the library and are freed by
// the program.
extern "C" void dlside_cxx_upper(const std::vector<std::string>& parts, std::vector<std::string>& out) {
    for (std::string s : parts) {
        for (char& c : s)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        out.push_back(s);
    }
}

// A record line written through std::cout (the program's stream, synchronised with stdio).
extern "C" void dlside_cxx_print(const char* name, int value) {
    std::cout << name << ": side " << value << '\n' << std::flush;
}

extern "C" int dlside_cxx_destructors() { return destructors_run; }

#if __cpp_exceptions

// A library's own exception type, derived from one of the standard library's.
struct side_error : std::runtime_error {
    int code;
    explicit side_error(int c) : std::runtime_error("side_error"), code(c) {}
};

// Throws out of the library: 0 std::runtime_error, 1 the library's own type, 2 std::out_of_range
// from std::vector::at, 3 an int; anything else returns normally.
extern "C" int dlside_cxx_throw(int kind) {
    Guard g;
    std::vector<int> v(2);
    switch (kind) {
        case 0: throw std::runtime_error("thrown in the side module");
        case 1: throw side_error(kind * 10 + 7);
        case 2: return v.at(5);
        case 3: throw 42;
    }
    return -1;
}

// Calls f (a function of the program) under a Guard: what f throws passes through this frame.
extern "C" int dlside_cxx_call_through(int (*f)(int), int x) {
    Guard g;
    return f(x) + 1;
}

// Calls f and catches what it throws in the library: out is the message of a std::exception,
// "other" for anything else, "none" when f returns.
extern "C" void dlside_cxx_catch(int (*f)(int), int x, std::string& out) {
    try {
        f(x);
        out = "none";
    } catch (const std::exception& e) {
        out = std::string("caught ") + e.what();
    } catch (...) {
        out = "caught other";
    }
}

#endif
