// __wasix_vfork_eh_longjmp.cpp - the jump back to vfork's setjmp for code
// whose setjmp is lowered onto wasm exceptions (the default): the throw that
// such a longjmp is. Not named in <unistd.h> itself: clang's lowering
// declares __wasm_longjmp on its own, and a second declaration in the
// program's code becomes a separate, unresolvable import.
extern "C" void __wasm_longjmp(void* env, int val);

extern "C" void __wasix_vfork_eh_longjmp(void* buf, int value) {
    __wasm_longjmp(buf, value);
}
