// named_sems.hpp - named semaphores (sem_open, sem_close, sem_unlink).
//
// musl's sem_open maps a file of /dev/shm, which the runtime lacks. The
// layer keeps named semaphores in a table of the process instead: a name
// opened twice gives the same semaphore, sem_unlink removes the name (the
// semaphore lives on until its last sem_close). They are not shared with
// other processes (README, limits).
#pragma once

#include <semaphore.h>

namespace wasix_libc {

// sem_open: the semaphore or SEM_FAILED with errno (glibc's name rules;
// EEXIST, ENOENT, EINVAL for a value above SEM_VALUE_MAX).
sem_t* named_sem_open(const char* name, int oflag, unsigned value) noexcept;
int named_sem_close(sem_t* sem) noexcept;
int named_sem_unlink(const char* name) noexcept;

}  // namespace wasix_libc
