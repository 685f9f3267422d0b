// verbose_terminate.cpp - reports an uncaught exception the way native C++ programs on Linux
// do (GCC's verbose terminate handler, which clang++ programs on Linux get from libstdc++):
//
//   terminate called after throwing an instance of 'std::runtime_error'
//     what():  <what()>
//
// then abort() (exit status 134 under wasix-run). libc++abi's own handler words it
// differently ("libc++abi: terminating due to uncaught exception of type ..."). Installed
// before main by a constructor; a program's own std::set_terminate still replaces it.
//
// Wasm exceptions are thrown in one phase, with no search for a handler first: an exception
// that nothing catches would leave main and _start and reach the runtime as a trap, and
// std::terminate would never run. So main is entered through a noexcept wrapper: the drivers
// link C++ programs with exceptions with -Wl,--wrap=__original_main (_start's call to main,
// whatever its signature), which also pulls this member of the exception-enabled libc++abi.a
// in. Unlike natively, the frames between the throw and main have run their destructors by
// the time std::terminate is called.
//
// A noexcept function that an exception leaves calls std::terminate from a catch-all pad that
// never "catches" the exception in libc++abi's sense, so the handler would not see it. The
// drivers also wrap _Unwind_RaiseException, which every throw and rethrow goes through: the
// exception last raised on the thread is remembered, and the handler catches it itself
// (__cxa_begin_catch) when one is in flight but none is caught.
#include <cxxabi.h>
#include <unwind.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <typeinfo>

extern "C" _Unwind_Reason_Code __real__Unwind_RaiseException(_Unwind_Exception*);
extern "C" void* __cxa_begin_catch(void*) noexcept;

namespace {

thread_local _Unwind_Exception* last_raised = nullptr;

[[noreturn]] void verbose_terminate() noexcept {
    // Once per program: a handler that throws again, or a second thread, ends here again.
    static std::atomic<bool> entered{false};
    if (entered.exchange(true)) {
        std::fputs("terminate called recursively\n", stderr);
        std::abort();
    }
    const std::type_info* type = abi::__cxa_current_exception_type();
    if (type == nullptr && last_raised != nullptr && std::uncaught_exceptions() > 0) {
        __cxa_begin_catch(last_raised);
        type = abi::__cxa_current_exception_type();
    }
    if (type == nullptr) {
        std::fputs("terminate called without an active exception\n", stderr);
        std::abort();
    }
    int status = -1;
    char* demangled = abi::__cxa_demangle(type->name(), nullptr, nullptr, &status);
    std::fprintf(stderr, "terminate called after throwing an instance of '%s'\n",
                 status == 0 && demangled != nullptr ? demangled : type->name());
    std::free(demangled);
    try {
        throw;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "  what():  %s\n", e.what());
    } catch (...) {
    }
    std::fflush(stderr);
    std::abort();
}

__attribute__((constructor)) void install_verbose_terminate() {
    std::set_terminate(verbose_terminate);
}

}  // namespace

extern "C" int __real___original_main(void);

// An exception leaving main ends here, in std::terminate.
extern "C" int __wrap___original_main(void) {
    try {
        return __real___original_main();
    } catch (...) {
        std::terminate();
    }
}

extern "C" _Unwind_Reason_Code __wrap__Unwind_RaiseException(_Unwind_Exception* e) {
    last_raised = e;
    return __real__Unwind_RaiseException(e);
}
