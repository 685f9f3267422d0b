// prctl.cpp - prctl(): PR_SET_NAME/PR_GET_NAME are the calling thread's
// name (__support/thread_names.hpp; a longer name is cut to 15 bytes, as
// Linux does), PR_GET_DUMPABLE 1, PR_SET_DUMPABLE and PR_SET_PDEATHSIG
// accepted, PR_SET_NO_NEW_PRIVS/PR_GET_NO_NEW_PRIVS kept; other options
// are EINVAL, as Linux answers an option it does not know.
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <string.h>
#include <sys/prctl.h>

#include "__support/errno_map.hpp"
#include "__support/thread_names.hpp"

namespace {
int g_no_new_privs;
int g_pdeathsig;
}  // namespace

extern "C" int prctl(int option, ...) {
    va_list ap;
    va_start(ap, option);
    const unsigned long arg2 = va_arg(ap, unsigned long);
    va_end(ap);
    switch (option) {
    case PR_SET_NAME: {
        char name[wasix_libc::kThreadNameMax];
        strncpy(name, reinterpret_cast<const char*>(arg2), sizeof name - 1);
        name[sizeof name - 1] = '\0';
        const int e = wasix_libc::thread_name_set(pthread_self(), name);
        return e ? wasix_libc::fail_posix(e) : 0;
    }
    case PR_GET_NAME:
        wasix_libc::thread_name_get(pthread_self(), reinterpret_cast<char*>(arg2));
        return 0;
    case PR_GET_DUMPABLE:
        return 1;
    case PR_SET_DUMPABLE:
        return arg2 <= 1 ? 0 : wasix_libc::fail_posix(EINVAL);
    case PR_SET_PDEATHSIG:
        if (arg2 >= _NSIG) return wasix_libc::fail_posix(EINVAL);
        g_pdeathsig = static_cast<int>(arg2);
        return 0;
    case PR_GET_PDEATHSIG:
        *reinterpret_cast<int*>(arg2) = g_pdeathsig;
        return 0;
    case PR_SET_NO_NEW_PRIVS:
        if (arg2 != 1) return wasix_libc::fail_posix(EINVAL);
        g_no_new_privs = 1;
        return 0;
    case PR_GET_NO_NEW_PRIVS:
        return g_no_new_privs;
    default:
        return wasix_libc::fail_posix(EINVAL);
    }
}
