/*
 * sha256.c - the compute benchmark: SHA-256 (FIPS 180-4) of 64 MiB of generated data, timed inside
 * the program so that only the hashing counts (no start-up). Built natively and with the SDK from
 * this one source.
 *
 *   sha256 calls [MIB]   the block function is a separate function entered once per 64-byte block
 *   sha256 once  [MIB]   the whole hash is one function entered once: its loop never returns to a
 *                        caller, so an engine that optimises a function only when it is entered
 *                        again runs it in its baseline tier throughout
 *   sha256 dump  [MIB]   writes the data to stdout (to check the digest with sha256sum)
 *
 * Prints "<variant> <nanoseconds> <hex digest>".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static inline uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static inline __attribute__((always_inline)) void block_body(uint32_t h[8], const unsigned char *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; ++i)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; ++i) {
        uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; ++i) {
        uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

/* Entered once per block. */
static __attribute__((noinline)) void block(uint32_t h[8], const unsigned char *p) { block_body(h, p); }

/* The padding and length of the last one or two blocks. */
static size_t tail(unsigned char out[128], const unsigned char *rest, size_t n, uint64_t total) {
    memset(out, 0, 128);
    memcpy(out, rest, n);
    out[n] = 0x80;
    size_t len = n + 1 + 8 <= 64 ? 64 : 128;
    uint64_t bits = total * 8;
    for (int i = 0; i < 8; ++i) out[len - 1 - i] = (unsigned char)(bits >> (8 * i));
    return len;
}

static void init(uint32_t h[8]) {
    static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(h, iv, sizeof iv);
}

static __attribute__((noinline)) void hash_calls(const unsigned char *data, size_t n, uint32_t h[8]) {
    init(h);
    size_t full = n / 64 * 64;
    for (size_t off = 0; off < full; off += 64) block(h, data + off);
    unsigned char last[128];
    size_t len = tail(last, data + full, n - full, n);
    for (size_t off = 0; off < len; off += 64) block(h, last + off);
}

/* The same with the block function inlined: the hot loop lives here, entered once. */
static __attribute__((noinline)) void hash_once(const unsigned char *data, size_t n, uint32_t h[8]) {
    init(h);
    size_t full = n / 64 * 64;
    for (size_t off = 0; off < full; off += 64) block_body(h, data + off);
    unsigned char last[128];
    size_t len = tail(last, data + full, n - full, n);
    for (size_t off = 0; off < len; off += 64) block_body(h, last + off);
}

/* Deterministic, not compressible into a pattern the hash could shortcut (it cannot anyway). */
static void fill(unsigned char *p, size_t n) {
    uint32_t x = 0x12345678;
    for (size_t i = 0; i < n; ++i) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        p[i] = (unsigned char)x;
    }
}

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv) {
    const char *variant = argc > 1 ? argv[1] : "calls";
    size_t n = (size_t)(argc > 2 ? atoi(argv[2]) : 64) << 20;
    unsigned char *data = malloc(n);
    if (!data) { perror("malloc"); return 1; }
    fill(data, n);
    if (strcmp(variant, "dump") == 0) return fwrite(data, 1, n, stdout) == n ? 0 : 1;
    uint32_t h[8];
    double t0 = now_ns();
    if (strcmp(variant, "once") == 0) hash_once(data, n, h);
    else if (strcmp(variant, "calls") == 0) hash_calls(data, n, h);
    else { fprintf(stderr, "usage: sha256 calls|once|dump [MIB]\n"); return 2; }
    double t1 = now_ns();
    printf("%s %.0f ", variant, t1 - t0);
    for (int i = 0; i < 8; ++i) printf("%08x", h[i]);
    printf("\n");
    return 0;
}
