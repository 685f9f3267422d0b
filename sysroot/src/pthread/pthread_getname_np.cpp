// pthread_getname_np.cpp - pthread_getname_np(): ERANGE for a buffer of
// fewer than 16 bytes, as glibc (__support/thread_names.hpp).
#include <errno.h>
#include <pthread.h>
#include <string.h>

#include "__support/thread_names.hpp"

extern "C" int pthread_getname_np(pthread_t t, char* buf, size_t len) {
    if (len < wasix_libc::kThreadNameMax) return ERANGE;
    wasix_libc::thread_name_get(t, buf);
    return 0;
}
