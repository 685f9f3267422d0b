# cmake -DSRC=tests/sysroot -DBIN=<dir> -DDIST=<sdk> -DGENERATOR=<gen>
#       -DNATIVE_CC=cc [-DNATIVE_CXX=c++] [-DJOBS=2] -P build.cmake
#
# The ctest fixture sysroot.build: configures and builds tests/sysroot twice
# from the same sources, BIN/native with the host's compilers (the oracle) and
# BIN/wasm with the SDK's toolchain file. It also empties BIN/results, so the
# summary only ever adds up comparisons made after this build.
foreach(_v SRC BIN DIST GENERATOR NATIVE_CC)
  if(NOT DEFINED ${_v})
    message(FATAL_ERROR "build.cmake: -D${_v}=... is missing")
  endif()
endforeach()
if(NOT DEFINED JOBS)
  set(JOBS 2)
endif()
if(NOT DEFINED NATIVE_CXX)
  set(NATIVE_CXX c++)
endif()

set(_toolchain "${DIST}/share/cmake/wasix-toolchain.cmake")
if(NOT EXISTS "${_toolchain}")
  message(FATAL_ERROR "sysroot.build: no SDK at WASIX_DIST=${DIST} (${_toolchain} is missing): "
                      "build it (scripts/make-dist.sh) or configure with -DWASIX_DIST=...")
endif()

file(REMOVE_RECURSE "${BIN}/results")
file(MAKE_DIRECTORY "${BIN}/results")

# A tree configured with another SDK (or compiler) is started afresh: CMake
# keeps the first toolchain of a build tree.
function(_sysroot_tests_fresh kind key value)
  set(_cache "${BIN}/${kind}/CMakeCache.txt")
  if(EXISTS "${_cache}")
    file(STRINGS "${_cache}" _line REGEX "^${key}:[A-Z]+=")
    string(REGEX REPLACE "^[^=]*=" "" _old "${_line}")
    if(NOT _old STREQUAL value)
      message(STATUS "sysroot.build: ${kind}: ${key} changed, reconfiguring from scratch")
      file(REMOVE_RECURSE "${BIN}/${kind}")
    endif()
  endif()
endfunction()

function(_sysroot_tests_build kind)
  message(STATUS "sysroot.build: ${kind}: configuring")
  execute_process(
    COMMAND ${CMAKE_COMMAND} -S "${SRC}" -B "${BIN}/${kind}" -G "${GENERATOR}" ${ARGN}
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "sysroot.build: configuring the ${kind} tree failed:\n${_out}")
  endif()
  message(STATUS "sysroot.build: ${kind}: building")
  execute_process(
    COMMAND ${CMAKE_COMMAND} --build "${BIN}/${kind}" --parallel ${JOBS}
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "sysroot.build: building the ${kind} tree failed:\n${_out}")
  endif()
  file(STRINGS "${BIN}/${kind}/sysroot-tests.txt" _programs REGEX "^programs=")
  string(REGEX REPLACE "^programs=" "" _programs "${_programs}")
  list(LENGTH _programs _n)
  message(STATUS "sysroot.build: ${kind}: ${_n} programs")
  set(_programs_${kind} "${_programs}" PARENT_SCOPE)
endfunction()

_sysroot_tests_fresh(native SYSROOT_TESTS_CC "${NATIVE_CC}")
_sysroot_tests_fresh(native SYSROOT_TESTS_CXX "${NATIVE_CXX}")
_sysroot_tests_fresh(wasm CMAKE_TOOLCHAIN_FILE "${_toolchain}")
_sysroot_tests_build(native "-DCMAKE_C_COMPILER=${NATIVE_CC}" "-DSYSROOT_TESTS_CC=${NATIVE_CC}"
                     "-DCMAKE_CXX_COMPILER=${NATIVE_CXX}" "-DSYSROOT_TESTS_CXX=${NATIVE_CXX}")
_sysroot_tests_build(wasm "-DCMAKE_TOOLCHAIN_FILE=${_toolchain}")

if(NOT _programs_native STREQUAL _programs_wasm)
  message(FATAL_ERROR "sysroot.build: the trees differ:\n native: ${_programs_native}\n wasm: ${_programs_wasm}")
endif()
file(STRINGS "${BIN}/wasm/sysroot-tests.txt" _emulator REGEX "^emulator=")
if(_emulator STREQUAL "emulator=")
  message(FATAL_ERROR "sysroot.build: the toolchain file set no CMAKE_CROSSCOMPILING_EMULATOR (wasix-run)")
endif()
message(STATUS "sysroot.build: ok, ${_emulator}")
