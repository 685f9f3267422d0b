// thread_names.hpp - names of threads (pthread_setname_np/getname_np).
//
// The runtime keeps no thread names: the layer keeps those a program sets,
// per pthread_t. A thread without one is named like Linux names a process's
// threads by default, after the program (its first 15 bytes).
#pragma once

#include <pthread.h>
#include <stddef.h>

namespace wasix_libc {

// Linux's limit: 15 bytes and the terminator.
constexpr size_t kThreadNameMax = 16;

// 0 or an errno value (ENOMEM).
int thread_name_set(pthread_t t, const char* name) noexcept;
// Copies t's name (with its terminator) into out, which holds
// kThreadNameMax bytes.
void thread_name_get(pthread_t t, char* out) noexcept;

}  // namespace wasix_libc
