/* The libtool convenience library. */
int conv_twice(int x) { return 2 * x; }
