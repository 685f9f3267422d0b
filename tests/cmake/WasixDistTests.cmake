# Shared by the test suites that build guests with the assembled SDK and run
# them under wasix-run (tests/toolchain). Each
# suite has a driver script `SCRIPT CASE`; this registers one ctest test per
# case. Included by the suites, which also work standalone (cmake -S tests/X).

get_filename_component(WASIX_TESTS_REPO_ROOT "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
set(WASIX_DIST "${WASIX_TESTS_REPO_ROOT}/dist" CACHE PATH "The assembled WASIX SDK (scripts/make-dist.sh)")
find_program(WASIX_TESTS_BASH bash REQUIRED)

# wasix_dist_tests(SUITE PREFIX SCRIPT CASES case... [WORK_PER_CASE])
# registers SUITE.CASE, running `bash SCRIPT CASE` with WASIX_DIST, REPO_ROOT,
# PREFIX_SRC (the suite's source dir) and PREFIX_WORK (a scratch dir, one per
# case with WORK_PER_CASE), labelled SUITE.
function(wasix_dist_tests suite prefix script)
  cmake_parse_arguments(ARG "WORK_PER_CASE" "" "CASES" ${ARGN})
  foreach(case IN LISTS ARG_CASES)
    set(work "${CMAKE_CURRENT_BINARY_DIR}/work")
    if(ARG_WORK_PER_CASE)
      set(work "${work}/${case}")
    endif()
    add_test(NAME ${suite}.${case}
      COMMAND ${CMAKE_COMMAND} -E env
        "WASIX_DIST=${WASIX_DIST}"
        "${prefix}_SRC=${CMAKE_CURRENT_SOURCE_DIR}"
        "${prefix}_WORK=${work}"
        "REPO_ROOT=${WASIX_TESTS_REPO_ROOT}"
        ${WASIX_TESTS_BASH} ${CMAKE_CURRENT_SOURCE_DIR}/${script} ${case})
    set_tests_properties(${suite}.${case} PROPERTIES LABELS ${suite} TIMEOUT 300)
  endforeach()
endfunction()
