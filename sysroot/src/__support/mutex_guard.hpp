// mutex_guard.hpp - holds a pthread mutex for the lifetime of a scope (the
// libc is built without the C++ standard library, so no std::lock_guard).
#pragma once

#include <pthread.h>

namespace wasix_libc {

class mutex_guard {
public:
    explicit mutex_guard(pthread_mutex_t& m) noexcept : m_(m) { pthread_mutex_lock(&m_); }
    ~mutex_guard() { pthread_mutex_unlock(&m_); }
    mutex_guard(const mutex_guard&) = delete;
    mutex_guard& operator=(const mutex_guard&) = delete;

private:
    pthread_mutex_t& m_;
};

}  // namespace wasix_libc
