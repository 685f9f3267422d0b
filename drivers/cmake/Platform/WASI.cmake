# Platform module for CMAKE_SYSTEM_NAME WASI, used by the WASIX SDK's toolchain file
# (CMake 3.25 ships none). WASIX programs are static .wasm executables.
set(WASI 1)
set(WASIX 1)
set(UNIX 1)

set(CMAKE_EXECUTABLE_SUFFIX ".wasm")
set(CMAKE_STATIC_LIBRARY_PREFIX "lib")
set(CMAKE_STATIC_LIBRARY_SUFFIX ".a")
set(CMAKE_FIND_LIBRARY_PREFIXES "lib")
set(CMAKE_FIND_LIBRARY_SUFFIXES ".a")

# No shared libraries for CMake: a program cannot be linked against a side module (they are only
# loaded with dlopen), so projects that ask for shared libraries get static ones linked into the
# program. A side module is an executable target linked with -fPIC -shared (drivers/README.md).
set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS FALSE)

set(CMAKE_SYSTEM_INCLUDE_PATH /include)
set(CMAKE_SYSTEM_LIBRARY_PATH /lib/wasm32-wasi /lib)
set(CMAKE_SYSTEM_PROGRAM_PATH /bin)
