/* dlside.c - the library dlbench.c loads: one function to look up and call. */
int dlbench_add(int a, int b) { return a + b; }
