# CMake 3.25 has no platform module for WASI; this minimal one (found through
# CMAKE_MODULE_PATH, set by the toolchain file) names the platform. UNIX is
# set because WASI programs see a POSIX-like libc, and LLVM's
# HandleLLVMOptions.cmake refuses platforms that are neither UNIX nor WIN32.
set(WASI 1)
set(UNIX 1)
set(CMAKE_EXECUTABLE_SUFFIX ".wasm")
set(CMAKE_STATIC_LIBRARY_PREFIX "lib")
set(CMAKE_STATIC_LIBRARY_SUFFIX ".a")
