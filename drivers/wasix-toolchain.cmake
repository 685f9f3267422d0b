# CMake toolchain file of the WASIX SDK.
#
#   cmake -DCMAKE_TOOLCHAIN_FILE=<sdk>/share/cmake/wasix-toolchain.cmake -S . -B build
#
# Everything is found relative to this file (<sdk>/share/cmake), so the SDK can be moved.
# Executables get the .wasm suffix; CMake sees no shared libraries (a program cannot link
# against a side module; see Platform/WASI.cmake). When <sdk>/bin/wasix-run exists it is the
# CMAKE_CROSSCOMPILING_EMULATOR (unless the user set one), so try_run() and add_test() run
# guests on the bundled runtime. Settings the user made (CMAKE_CROSSCOMPILING_EMULATOR,
# CMAKE_FIND_ROOT_PATH and its modes, CMAKE_AR & co.) are kept.

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

# The sysroot the drivers use: $WASIX_SDK_SYSROOT when set (as for the drivers), else the SDK's.
# (Symlinks resolved, as the drivers resolve them.)
if(NOT "$ENV{WASIX_SDK_SYSROOT}" STREQUAL "")
  get_filename_component(WASIX_SYSROOT "$ENV{WASIX_SDK_SYSROOT}" REALPATH)
else()
  get_filename_component(WASIX_SYSROOT "${WASIX_SDK_ROOT}/share/wasix-sysroot" REALPATH)
endif()

# The drivers add --target and --sysroot themselves; saying them again here puts them into
# compile_commands.json, so that clangd and other tools that read it parse for wasm32 against
# the sysroot's headers instead of the host's. The values are the drivers' own.
set(CMAKE_C_COMPILER_TARGET wasm32-wasi)
set(CMAKE_CXX_COMPILER_TARGET wasm32-wasi)
set(CMAKE_ASM_COMPILER_TARGET wasm32-wasi)
set(CMAKE_SYSROOT "${WASIX_SYSROOT}")

# Binutils that understand wasm objects (GNU ar writes no symbol index for them): the SDK's
# wrappers over Debian's LLVM 19 tools. Cache entries, so a -DCMAKE_AR=… of the user's wins.
foreach(_wasix_tool AR RANLIB NM STRIP OBJDUMP OBJCOPY)
  string(TOLOWER "${_wasix_tool}" _wasix_name)
  if(EXISTS "${WASIX_SDK_ROOT}/bin/wasix-${_wasix_name}")
    set(CMAKE_${_wasix_tool} "${WASIX_SDK_ROOT}/bin/wasix-${_wasix_name}" CACHE FILEPATH "${_wasix_tool} for WASIX")
  endif()
endforeach()

# find_*() look into the sysroot, and into what the user listed themselves.
if(NOT "${WASIX_SYSROOT}" IN_LIST CMAKE_FIND_ROOT_PATH)
  list(APPEND CMAKE_FIND_ROOT_PATH "${WASIX_SYSROOT}")
endif()
foreach(_wasix_mode PROGRAM:NEVER LIBRARY:ONLY INCLUDE:ONLY PACKAGE:ONLY)
  string(REPLACE ":" ";" _wasix_mode "${_wasix_mode}")
  list(GET _wasix_mode 0 _wasix_what)
  list(GET _wasix_mode 1 _wasix_value)
  if(NOT DEFINED CMAKE_FIND_ROOT_PATH_MODE_${_wasix_what})
    set(CMAKE_FIND_ROOT_PATH_MODE_${_wasix_what} ${_wasix_value})
  endif()
endforeach()

# FindPkgConfig/pkg_check_modules() see the sysroot's .pc files only, never the host's.
if(EXISTS "${WASIX_SDK_ROOT}/bin/wasix-pkg-config")
  set(PKG_CONFIG_EXECUTABLE "${WASIX_SDK_ROOT}/bin/wasix-pkg-config" CACHE FILEPATH "pkg-config for WASIX")
endif()

# try_compile() builds and links executables, which the drivers can do.
set(CMAKE_TRY_COMPILE_TARGET_TYPE EXECUTABLE)

# try_run() and add_test() run guests on the bundled runtime, unless the user chose an
# emulator (e.g. wasix-run with options of their own). It mounts the source and build trees at
# their own paths and starts the guest in the current directory (ctest's WORKING_DIRECTORY), so
# tests that open ${CMAKE_CURRENT_SOURCE_DIR}/data.txt or write beside themselves work unchanged.
if(NOT CMAKE_CROSSCOMPILING_EMULATOR AND EXISTS "${WASIX_SDK_ROOT}/bin/wasix-run")
  set(CMAKE_CROSSCOMPILING_EMULATOR "${WASIX_SDK_ROOT}/bin/wasix-run;--map-cwd;--dir;${CMAKE_SOURCE_DIR};--dir;${CMAKE_BINARY_DIR}")
endif()

# Let try_compile() projects see the same settings.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES WASIX_SDK_ROOT WASIX_SYSROOT)
