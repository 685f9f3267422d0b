// thread_terminate.cpp - an exception that leaves a thread's start function ends the program
// in std::terminate, as natively (see verbose_terminate.cpp for main). Without this the wasm
// exception would leave wasi_thread_start and the runtime would end the process with no word
// about it. The drivers link C++ programs with exceptions with -Wl,--wrap=pthread_create, so
// every pthread_create (std::thread's too) starts the thread through start_guarded; this member
// of the exception-enabled libc++abi.a is linked only into programs that create threads.
#include <pthread.h>

#include <cerrno>
#include <cstdlib>
#include <exception>

extern "C" int __real_pthread_create(pthread_t*, const pthread_attr_t*, void* (*)(void*), void*);

namespace {

struct start {
    void* (*fn)(void*);
    void* arg;
};

void* start_guarded(void* p) {
    const start s = *static_cast<start*>(p);
    std::free(p);
    try {
        return s.fn(s.arg);
    } catch (...) {
        std::terminate();
    }
}

}  // namespace

extern "C" int __wrap_pthread_create(pthread_t* t, const pthread_attr_t* attr, void* (*fn)(void*),
                                     void* arg) {
    auto* s = static_cast<start*>(std::malloc(sizeof(start)));
    if (s == nullptr) return EAGAIN;
    s->fn = fn;
    s->arg = arg;
    const int r = __real_pthread_create(t, attr, start_guarded, s);
    if (r != 0) std::free(s);
    return r;
}
