// gethostbyname(3): IPv4 addresses only.
#include <netdb.h>

extern "C" struct hostent* gethostbyname(const char* name) { return gethostbyname2(name, AF_INET); }
