#include "greet.h"

#include <stdio.h>

void greet(char* buf, unsigned size, const char* name) { snprintf(buf, size, "hello %s", name); }
