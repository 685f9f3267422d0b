// freeifaddrs.cpp - freeifaddrs(): each entry of getifaddrs is one block.
#include <ifaddrs.h>
#include <stdlib.h>

extern "C" void freeifaddrs(struct ifaddrs* ifa) {
    while (ifa) {
        struct ifaddrs* next = ifa->ifa_next;
        free(ifa);
        ifa = next;
    }
}
