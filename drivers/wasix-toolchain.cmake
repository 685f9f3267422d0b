# CMake toolchain file of the WASIX SDK.
#
#   cmake -DCMAKE_TOOLCHAIN_FILE=<sdk>/share/cmake/wasix-toolchain.cmake -S . -B build
#
# Everything is found relative to this file (<sdk>/share/cmake), so the SDK can be moved.
# Executables get the .wasm suffix; CMake sees no shared libraries (a program cannot link
# against a side module; see Platform/WASI.cmake). When <sdk>/bin/wasix-run exists it is the CMAKE_CROSSCOMPILING_EMULATOR, so try_run()
# and add_test() run guests on the bundled runtime.

get_filename_component(WASIX_SDK_ROOT "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
set(WASIX_SDK_ROOT "${WASIX_SDK_ROOT}" CACHE INTERNAL "Root of the WASIX SDK")

# Our Platform/WASI.cmake (CMake 3.25 has none).
list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")

set(CMAKE_SYSTEM_NAME WASI)
set(CMAKE_SYSTEM_VERSION 1)
set(CMAKE_SYSTEM_PROCESSOR wasm32)

set(CMAKE_C_COMPILER "${WASIX_SDK_ROOT}/bin/wasix-clang")
set(CMAKE_CXX_COMPILER "${WASIX_SDK_ROOT}/bin/wasix-clang++")
set(CMAKE_ASM_COMPILER "${WASIX_SDK_ROOT}/bin/wasix-clang")
# The drivers add --target and --sysroot themselves (CMAKE_*_COMPILER_TARGET and CMAKE_SYSROOT
# are left unset so that command lines show only what the project adds).

# Archives need a wasm-aware archiver (GNU ar writes no symbol index for wasm objects).
if(DEFINED ENV{WASI_SDK_PATH} AND EXISTS "$ENV{WASI_SDK_PATH}/bin/llvm-ar")
  set(CMAKE_AR "$ENV{WASI_SDK_PATH}/bin/llvm-ar" CACHE FILEPATH "Archiver")
  set(CMAKE_RANLIB "$ENV{WASI_SDK_PATH}/bin/llvm-ranlib" CACHE FILEPATH "Ranlib")
else()
  find_program(WASIX_LLVM_AR NAMES llvm-ar-19 llvm-ar PATHS /usr/lib/llvm-19/bin)
  find_program(WASIX_LLVM_RANLIB NAMES llvm-ranlib-19 llvm-ranlib PATHS /usr/lib/llvm-19/bin)
  if(WASIX_LLVM_AR)
    set(CMAKE_AR "${WASIX_LLVM_AR}" CACHE FILEPATH "Archiver")
  endif()
  if(WASIX_LLVM_RANLIB)
    set(CMAKE_RANLIB "${WASIX_LLVM_RANLIB}" CACHE FILEPATH "Ranlib")
  endif()
endif()

# The sysroot the drivers use (they find it themselves; this is for find_*()).
if(DEFINED ENV{WASIX_SYSROOT})
  set(WASIX_SYSROOT "$ENV{WASIX_SYSROOT}")
else()
  set(WASIX_SYSROOT "${WASIX_SDK_ROOT}/share/wasix-sysroot")
endif()
set(CMAKE_FIND_ROOT_PATH "${WASIX_SYSROOT}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# FindPkgConfig/pkg_check_modules() see the sysroot's .pc files only, never the host's.
if(EXISTS "${WASIX_SDK_ROOT}/bin/wasix-pkg-config")
  set(PKG_CONFIG_EXECUTABLE "${WASIX_SDK_ROOT}/bin/wasix-pkg-config" CACHE FILEPATH "pkg-config for WASIX")
endif()

# try_compile() builds and links executables, which the drivers can do.
set(CMAKE_TRY_COMPILE_TARGET_TYPE EXECUTABLE)

if(EXISTS "${WASIX_SDK_ROOT}/bin/wasix-run")
  set(CMAKE_CROSSCOMPILING_EMULATOR "${WASIX_SDK_ROOT}/bin/wasix-run")
endif()

# Let try_compile() projects see the same settings.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES WASIX_SDK_ROOT WASIX_SYSROOT)
