/* WASIX SDK overlay: replaces wasi-libc's one-byte placeholder. A signal set
 * holds signals 1..64, signal n in bit (n-1) of the 64-bit pair below. */
#ifndef __wasilibc___typedef_sigset_t_h
#define __wasilibc___typedef_sigset_t_h

typedef struct __sigset_t { unsigned long __bits[64 / (8 * sizeof(long))]; } sigset_t;

#endif
