# CMake toolchain file used by build-sysroot.sh to build compiler-rt builtins,
# libc++abi and libc++ against the threaded sysroot being assembled.
# (Not the user-facing toolchain file of the SDK.)
#
# Set by the caller: WASIX_SYSROOT (the staging sysroot), WASIX_CLANG,
# WASIX_CLANGXX, WASIX_AR, WASIX_RANLIB, WASIX_NM.

cmake_minimum_required(VERSION 3.20)

set(CMAKE_SYSTEM_NAME WASI)
set(CMAKE_SYSTEM_VERSION 1)
set(CMAKE_SYSTEM_PROCESSOR wasm32)
list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")

# Pass these through to try_compile projects.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES
     WASIX_SYSROOT WASIX_CLANG WASIX_CLANGXX WASIX_AR WASIX_RANLIB WASIX_NM)

set(triple wasm32-wasi)
set(CMAKE_C_COMPILER "${WASIX_CLANG}")
set(CMAKE_CXX_COMPILER "${WASIX_CLANGXX}")
set(CMAKE_ASM_COMPILER "${WASIX_CLANG}")
set(CMAKE_AR "${WASIX_AR}" CACHE FILEPATH "ar")
set(CMAKE_RANLIB "${WASIX_RANLIB}" CACHE FILEPATH "ranlib")
set(CMAKE_NM "${WASIX_NM}" CACHE FILEPATH "nm")
set(CMAKE_C_COMPILER_TARGET ${triple})
set(CMAKE_CXX_COMPILER_TARGET ${triple})
set(CMAKE_ASM_COMPILER_TARGET ${triple})
set(CMAKE_SYSROOT "${WASIX_SYSROOT}")

# Threads: atomics + bulk memory in every object, _REENTRANT, posix model.
set(_wasix_flags "-matomics -mbulk-memory -pthread -mthread-model posix")
set(CMAKE_C_FLAGS_INIT "${_wasix_flags}")
set(CMAKE_CXX_FLAGS_INIT "${_wasix_flags}")
set(CMAKE_ASM_FLAGS_INIT "${_wasix_flags}")
# Links during configure checks: shared imported memory like real programs.
# The builtins may not exist yet when the builtins themselves are configured,
# so configure checks only compile.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_EXE_LINKER_FLAGS_INIT "-Wl,--shared-memory,--import-memory,--max-memory=67108864")

set(CMAKE_FIND_ROOT_PATH "${WASIX_SYSROOT}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
