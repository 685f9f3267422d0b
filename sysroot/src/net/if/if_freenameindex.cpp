// if_freenameindex(3).
#include <net/if.h>
#include <stdlib.h>

extern "C" void if_freenameindex(struct if_nameindex* list) { free(list); }
