/*
 * stack_guard.h - the limit of the running stack (stack_guard.s), from C.
 *
 * Every `global.set __stack_pointer` of a program the driver links checks
 * the new value against this limit and traps below it (stack_guard.s).
 */
#ifndef WASIX_STACK_GUARD_H
#define WASIX_STACK_GUARD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

unsigned __wasix_stack_limit_get(void) __attribute__((visibility("hidden")));
void __wasix_stack_limit_set(unsigned limit) __attribute__((visibility("hidden")));

/* A function that calls nothing and needs at most 128 bytes of stack uses
 * them below __stack_pointer without setting it (LLVM's wasm "red zone"), so
 * no check sees them: the limit lies that far above the stack's lowest
 * address, for such a function called at the limit to stay inside the stack.
 * Every other function sets __stack_pointer (and is checked) before it
 * writes to its frame. */
#define WASIX_STACK_RED_ZONE 128u

/* Makes the stack [low, low + size) the running one for the check. */
static inline void __wasix_stack_guard(const void *low, size_t size)
{
	uintptr_t limit = (uintptr_t)low;
	if (size > 2 * WASIX_STACK_RED_ZONE) limit += WASIX_STACK_RED_ZONE;
	__wasix_stack_limit_set((unsigned)limit);
}

#ifdef __cplusplus
}
#endif

#endif
