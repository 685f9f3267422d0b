# wasi_thread_start.s - entry point of every thread the libc spawns, and the
# restart of a worker that parks from inside a thread (below).
#
# The runtime calls the exported function wasi_thread_start(tid, start) on
# the new thread, where `start` points to the 64-byte WASIX thread_start
# record filled by __wasix_thread_spawn (thread_spawn.cpp). At that moment
# the wasm global __stack_pointer still holds whatever value the runtime
# gave the new instance and no TLS block is active, so no C code may run
# yet. This stub (assembly, because C cannot set __stack_pointer) does:
#   __stack_pointer = start->stack      (offset 0: upper end of the stack)
#   __wasm_init_tls(start->tls_base)    (offset 4: copies .tdata, zeroes .tbss)
#   __wasix_thread_entry(tid, start)
# The offsets are those of the wasm32 thread_start layout (pointer-sized
# fields: stack, tls_base, start_funct, start_args, ...).

	.text

	.globaltype	__stack_pointer, i32
	.functype	__wasm_init_tls (i32) -> ()
	.functype	__wasix_thread_entry (i32, i32) -> ()

	.hidden	wasi_thread_start
	.globl	wasi_thread_start
	.type	wasi_thread_start,@function
	.export_name	wasi_thread_start, wasi_thread_start

wasi_thread_start:
	.functype	wasi_thread_start (i32, i32) -> ()
	local.get	1
	i32.load	0
	global.set	__stack_pointer

	local.get	1
	i32.load	4
	call	__wasm_init_tls

	local.get	0
	local.get	1
	call	__wasix_thread_entry
	end_function

# __wasix_worker_restart(stack_top, worker) - continue a worker's loop on
# its whole stack (thread_pool.c). pthread_exit from inside a thread's calls
# parks the worker here: those frames never resume, so their part of the
# stack is free again, and __stack_pointer (which C cannot set) goes back to
# the upper end before the loop runs the worker's next thread.

	.functype	__wasix_worker_loop (i32) -> ()

	.hidden	__wasix_worker_restart
	.globl	__wasix_worker_restart
	.type	__wasix_worker_restart,@function

__wasix_worker_restart:
	.functype	__wasix_worker_restart (i32, i32) -> ()
	local.get	0
	global.set	__stack_pointer
	local.get	1
	call	__wasix_worker_loop
	unreachable
	end_function
