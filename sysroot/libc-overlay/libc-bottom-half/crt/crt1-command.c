/*
 * crt1-command.c (WASIX SDK overlay; replaces the Debian snapshot's file).
 *
 * Entry point of a "command" module: constructors, main, destructors, exit.
 *
 * The snapshot's version leaves the constructor call to the linker: when no
 * object calls __wasm_call_ctors, wasm-ld wraps *every* exported function
 * of a command in __wasm_call_ctors/__wasm_call_dtors. With threads that is
 * fatal: wasi_thread_start is an export, so each new thread would re-run
 * all constructors (and, on return, the exit-time cleanup), on the main
 * thread's stack, before it has set up a stack of its own. Calling the
 * constructors here, explicitly, turns the wrapping off.
 */
#include <stdlib.h>

extern void __wasm_call_ctors(void);
extern int __original_main(void);
extern void __wasm_call_dtors(void);

__attribute__((export_name("_start")))
void _start(void)
{
	__wasm_call_ctors();

	/* __original_main is either the application's zero-argument main or
	 * a libc routine that gets the arguments and calls main(argc, argv). */
	int r = __original_main();

	/* atexit handlers, C++ static destructors, stdio flush. */
	__wasm_call_dtors();

	/* Returning from main ends the whole process, other threads included
	 * (POSIX), so always leave through proc_exit. */
	_Exit(r);
}
