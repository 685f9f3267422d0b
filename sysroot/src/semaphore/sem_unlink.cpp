// sem_unlink.cpp - sem_unlink() (__support/named_sems.hpp).
#include <semaphore.h>

#include "__support/named_sems.hpp"

extern "C" int sem_unlink(const char* name) { return wasix_libc::named_sem_unlink(name); }
