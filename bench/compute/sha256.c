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

/* The round constants and the initial value, derived as FIPS 180-4 defines them: the first 32 bits
 * of the fractional parts of the cube roots of the first 64 primes (K) and of the square roots of
 * the first 8 (the initial hash value), by an exact integer root. */
static uint32_t K[64], IV[8];

/* floor(p^(1/k) * 2^32) mod 2^32 for k = 2 or 3: the integer k-th root of p * 2^(32k). */
static uint32_t root_bits(unsigned p, int k) {
    unsigned __int128 n = (unsigned __int128)p << (32 * k);
    uint64_t lo = 0, hi = (uint64_t)1 << 40;
    while (hi - lo > 1) {
        uint64_t mid = lo + (hi - lo) / 2;
        unsigned __int128 m = mid, power = k == 2 ? m * m : m * m * m;
        if (power <= n) lo = mid; else hi = mid;
    }
    return (uint32_t)lo;
}

static void derive_constants(void) {
    int found = 0;
    for (unsigned p = 2; found < 64; ++p) {
        int prime = 1;
        for (unsigned d = 2; d * d <= p; ++d) if (p % d == 0) { prime = 0; break; }
        if (!prime) continue;
        if (found < 8) IV[found] = root_bits(p, 2);
        K[found++] = root_bits(p, 3);
    }
}

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

/* The initial value before the first block. */
static void init(uint32_t h[8]) { memcpy(h, IV, sizeof IV); }

/* After the full blocks: the rest, the padding and the length, in one or two blocks. */
static void finish(uint32_t h[8], const unsigned char *rest, size_t n, uint64_t total) {
    unsigned char out[128] = {0};
    memcpy(out, rest, n);
    out[n] = 0x80;
    size_t len = n + 1 + 8 <= 64 ? 64 : 128;
    uint64_t bits = total * 8;
    for (int i = 0; i < 8; ++i) out[len - 1 - i] = (unsigned char)(bits >> (8 * i));
    for (size_t off = 0; off < len; off += 64) block(h, out + off);
}

static __attribute__((noinline)) void hash_calls(const unsigned char *data, size_t n, uint32_t h[8]) {
    init(h);
    for (size_t off = 0; off + 64 <= n; off += 64) block(h, data + off);
    finish(h, data + n / 64 * 64, n % 64, n);
}

/* The same with the block function inlined: the hot loop lives here, entered once. */
static __attribute__((noinline)) void hash_once(const unsigned char *data, size_t n, uint32_t h[8]) {
    init(h);
    for (size_t off = 0; off + 64 <= n; off += 64) block_body(h, data + off);
    finish(h, data + n / 64 * 64, n % 64, n);
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
    derive_constants();
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
