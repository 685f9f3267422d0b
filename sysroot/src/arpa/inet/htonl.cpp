// htonl(3): wasm32 is little-endian, network order is big-endian.
#include <netinet/in.h>

extern "C" uint32_t htonl(uint32_t v) { return __builtin_bswap32(v); }
