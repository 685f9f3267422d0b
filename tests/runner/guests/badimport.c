/* Imports a WASIX function that the runtime does not provide, so the module
   cannot be instantiated (LinkError). */
#include <stdio.h>

__attribute__((import_module("wasix_32v1"), import_name("wasix_run_test_no_such_function")))
int no_such_function(int);

int main(int argc, char **argv) {
  (void)argv;
  printf("must not run\n");
  return no_such_function(argc);
}
