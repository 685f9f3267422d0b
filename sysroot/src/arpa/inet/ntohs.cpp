// ntohs(3): wasm32 is little-endian, network order is big-endian.
#include <netinet/in.h>

extern "C" uint16_t ntohs(uint16_t v) { return __builtin_bswap16(v); }
