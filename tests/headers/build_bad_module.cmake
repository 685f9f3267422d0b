# cmake -DCXX=clang++-19 -DSRC=bad_imports.cpp -DOBJ=bad.o -DWITH=call_all32.o -DOUT=bad.wasm -P build_bad_module.cmake
# Builds the deliberately wrong wasm32 module the import checker must reject.
foreach(var CXX SRC OBJ WITH OUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "build_bad_module.cmake: -D${var}= is required")
    endif()
endforeach()
execute_process(
    COMMAND ${CXX} --target=wasm32-wasi --sysroot=/usr -std=c++17 -O2 -c ${SRC} -o ${OBJ}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "compiling ${SRC} failed")
endif()
execute_process(
    COMMAND ${CXX} --target=wasm32-wasi --sysroot=/usr -mexec-model=reactor ${WITH} ${OBJ} -o ${OUT}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "linking ${OUT} failed")
endif()
