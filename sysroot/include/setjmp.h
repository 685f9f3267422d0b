/* WASIX SDK: <setjmp.h>. setjmp saves a WASIX stack snapshot
 * (stack_checkpoint) and longjmp rewinds to it (stack_restore): the program
 * must be asyncified, which the SDK's drivers do when they see these imports
 * (see drivers/README.md).
 *
 * Programs compiled with -mllvm -wasm-enable-sjlj never call these
 * functions: clang turns setjmp/longjmp into wasm exception handling. */
#ifndef _SETJMP_H
#define _SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

#include <features.h>

/* 24 bytes: the stack_snapshot (user word + 128-bit hash), then the saved
 * signal mask for sigsetjmp. */
typedef struct __jmp_buf_tag {
	unsigned long long __snapshot[3];
	int __mask_saved;
	unsigned long __mask[64 / (8 * sizeof(long))];
} jmp_buf[1];
typedef jmp_buf sigjmp_buf;

#define __WASIX_NORETURN __attribute__((__noreturn__))

int setjmp(jmp_buf) __attribute__((__returns_twice__));
__WASIX_NORETURN void longjmp(jmp_buf, int);
int _setjmp(jmp_buf) __attribute__((__returns_twice__));
__WASIX_NORETURN void _longjmp(jmp_buf, int);
int sigsetjmp(sigjmp_buf, int) __attribute__((__returns_twice__));
__WASIX_NORETURN void siglongjmp(sigjmp_buf, int);

#define setjmp setjmp

#ifdef __wasm_exception_handling__
/* Exception-based setjmp (-mllvm -wasm-enable-sjlj): clang rewrites only
 * calls named setjmp and longjmp, so the other forms are spelled with them
 * (the mask of sigsetjmp is saved and restored around them). A module that
 * uses wasm exceptions cannot be asyncified, so the checkpoint-based
 * functions must not be reached from it. */
void __wasix_sigsetjmp_save(sigjmp_buf, int);
void __wasix_siglongjmp_restore(sigjmp_buf);
#define _setjmp(env) setjmp(env)
#define _longjmp(env, val) longjmp(env, val)
#define sigsetjmp(env, save) (__wasix_sigsetjmp_save((env), (save)), setjmp(env))
#define siglongjmp(env, val) (__wasix_siglongjmp_restore(env), longjmp((env), (val)))
#endif

#ifdef __cplusplus
}
#endif

#endif
