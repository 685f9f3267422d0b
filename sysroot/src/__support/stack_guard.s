# stack_guard.s - the stack check of threads (and of made contexts).
#
# The main thread's stack lies below the data (wasix-clang links with
# --stack-first), so its overflow runs off address 0 and traps. A thread's
# stack is a block of the heap with other memory below it, and wasm has no
# guard pages. So after linking, the driver replaces every
# `global.set __stack_pointer` of the program by `call __wasix_stack_set`
# (drivers/stack_guard.cpp; both instructions take the new value from the
# operand stack and are 6 bytes long, so no code moves), and this function
# traps when the new value is below the running stack's limit.
#
# __wasix_stack_limit is a wasm global, so it is per instance, as
# __stack_pointer is: every WASIX thread is an instance of its own. It starts
# at 0 (nothing is below it: the main thread's check never fires) and is set
# where a stack is installed: wasi_thread_start.s for a thread, context.cpp
# for a made context running on its uc_stack.
#
# The functions here are assembly because they must not move the stack
# pointer themselves (they have no frame), and their own global.set is never
# rewritten (the driver skips __wasix_stack_set's body).

	.text

	.globaltype	__stack_pointer, i32
	.functype	__wasix_stack_overflow () -> ()

	.globaltype	__wasix_stack_limit, i32
	.hidden	__wasix_stack_limit
	.globl	__wasix_stack_limit
__wasix_stack_limit:

# __wasix_stack_set(new_sp): the checked `global.set __stack_pointer`. The
# driver exports it (the rewriter finds its index among the exports, in a
# module without a name section too).
	.hidden	__wasix_stack_set
	.globl	__wasix_stack_set
	.type	__wasix_stack_set,@function
__wasix_stack_set:
	.functype	__wasix_stack_set (i32) -> ()
	local.get	0
	global.get	__wasix_stack_limit
	i32.lt_u
	if
	call	__wasix_stack_overflow
	end_if
	local.get	0
	global.set	__stack_pointer
	end_function

# The trap of an overflow, in a function of its own so that the runner's
# backtrace names it (wasix-run reports "stack overflow" when it is the
# trapping frame), above the frame that asked for too much stack.
	.hidden	__wasix_stack_overflow
	.globl	__wasix_stack_overflow
	.type	__wasix_stack_overflow,@function
__wasix_stack_overflow:
	.functype	__wasix_stack_overflow () -> ()
	unreachable
	end_function

# The running stack's limit, read and set from C (context.cpp), which has no
# access to wasm globals.
	.hidden	__wasix_stack_limit_get
	.globl	__wasix_stack_limit_get
	.type	__wasix_stack_limit_get,@function
__wasix_stack_limit_get:
	.functype	__wasix_stack_limit_get () -> (i32)
	global.get	__wasix_stack_limit
	end_function

	.hidden	__wasix_stack_limit_set
	.globl	__wasix_stack_limit_set
	.type	__wasix_stack_limit_set,@function
__wasix_stack_limit_set:
	.functype	__wasix_stack_limit_set (i32) -> ()
	local.get	0
	global.set	__wasix_stack_limit
	end_function
