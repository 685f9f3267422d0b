/* wasm_sjlj.c - the runtime functions of LLVM's exception-based setjmp/
 * longjmp (clang -mllvm -wasm-enable-sjlj, for programs built with wasm
 * exception handling). Such programs never call setjmp()/longjmp(): clang
 * rewrites the calls into __wasm_setjmp / __wasm_setjmp_test and a throw of
 * the __c_longjmp tag through __wasm_longjmp. Needs no asyncify, but cannot
 * be combined with fork in one module (binaryen's asyncify does not
 * support exception handling).
 *
 * Only these functions are compiled with the exception-handling feature, and
 * only programs built with -wasm-enable-sjlj reference them. */
#include <setjmp.h>
#include <stdint.h>

/* What __wasm_setjmp keeps in the jmp_buf (fits in its first 16 bytes). */
struct sjlj_buf {
	void *invocation;  /* identifies the function activation that called setjmp */
	uint32_t label;    /* which setjmp call site within it */
	struct sjlj_arg {
		void *env;
		int val;
	} arg;             /* thrown with the tag; must outlive the throw */
};

_Static_assert(sizeof(struct sjlj_buf) <= sizeof(jmp_buf), "jmp_buf too small for the sjlj state");

void __wasm_setjmp(void *env, uint32_t label, void *invocation)
{
	struct sjlj_buf *b = env;
	b->invocation = invocation;
	b->label = label;
}

uint32_t __wasm_setjmp_test(void *env, void *invocation)
{
	struct sjlj_buf *b = env;
	return b->invocation == invocation ? b->label : 0;
}

/* The throw is written in (inline) assembly: __builtin_wasm_throw would
 * need the whole file built with -mllvm -wasm-enable-sjlj, which defines the
 * tag. Here the tag stays undefined; every object compiled with
 * -wasm-enable-sjlj defines it. */
__asm__(".tagtype __c_longjmp i32\n");

__attribute__((target("exception-handling"), noreturn))
static void throw_longjmp(struct sjlj_arg *arg)
{
	__asm__ volatile("local.get %0\n\tthrow __c_longjmp" : : "r"(arg));
	__builtin_unreachable();
}

__attribute__((target("exception-handling"), noreturn))
void __wasm_longjmp(void *env, int val)
{
	struct sjlj_buf *b = env;
	b->arg.env = env;
	b->arg.val = val ? val : 1;
	/* Caught by the code clang generated around the setjmp call site. */
	throw_longjmp(&b->arg);
}
