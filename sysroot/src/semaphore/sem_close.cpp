// sem_close.cpp - sem_close() (__support/named_sems.hpp).
#include <semaphore.h>

#include "__support/named_sems.hpp"

extern "C" int sem_close(sem_t* sem) { return wasix_libc::named_sem_close(sem); }
