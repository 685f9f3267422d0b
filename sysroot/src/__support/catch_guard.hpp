// catch_guard.hpp - refusing what asyncify cannot do in a program with C++ exceptions.
//
// fork (and the checkpoint-based setjmp) unwind and rewind the whole wasm stack with
// binaryen's asyncify. Asyncify handles code with wasm exception instructions, except an
// unwind that starts while a frame on the stack is inside a catch block: a C++ handler
// (between __cxa_begin_catch and __cxa_end_catch) or a cleanup that runs destructors while an
// exception propagates. The program would trap inside the runtime's unwind; the layer refuses
// the call first, with a message on stderr.
#pragma once

namespace wasix_libc {

// True (after writing "<fn>: ..." to stderr) when a C++ exception is being handled or is
// propagating on this thread, so the stack cannot be unwound by asyncify now.
bool inside_catch(const char* fn);

}  // namespace wasix_libc
