// hostent.hpp - the per-thread result buffer of gethostbyname/gethostbyaddr.
#pragma once

#include <netdb.h>

namespace wasix_libc {

constexpr int kHostentMaxAddrs = 16;

struct hostent_buf {
    struct hostent h;
    char name[NI_MAXHOST + 1];
    char* aliases[1];
    char* addr_ptrs[kHostentMaxAddrs + 1];
    unsigned char addrs[kHostentMaxAddrs][16];
};

// The calling thread's buffer.
hostent_buf* thread_hostent() noexcept;

}  // namespace wasix_libc
