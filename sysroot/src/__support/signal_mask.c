/*
 * signal_mask.c - musl's thread code blocks application signals around a few
 * critical sections (e.g. pthread_key_delete). WASI delivers no
 * asynchronous signals, so there is nothing to block.
 */
#include "pthread_impl.h"

void __block_all_sigs(void *set)
{
}

void __block_app_sigs(void *set)
{
}

void __restore_sigs(void *set)
{
}
