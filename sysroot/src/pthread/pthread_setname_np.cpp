// pthread_setname_np.cpp - pthread_setname_np(): at most 15 bytes (ERANGE
// otherwise, as on Linux); kept by the layer (__support/thread_names.hpp).
#include <errno.h>
#include <pthread.h>
#include <string.h>

#include "__support/thread_names.hpp"

extern "C" int pthread_setname_np(pthread_t t, const char* name) {
    if (strlen(name) >= wasix_libc::kThreadNameMax) return ERANGE;
    return wasix_libc::thread_name_set(t, name);
}
