/* attributes.c - thread attributes: a 1 MiB stack set with
 * pthread_attr_setstacksize really holds a 768 KiB local array (checked
 * through pthread_getattr_np: the thread's locals lie inside the reported
 * stack, which is at least the requested size); the guard size round-trips;
 * a stack supplied with pthread_attr_setstack is the one the thread runs on;
 * the default attributes are joinable with a non-zero stack size.
 * EXPECT: big stack: sum ok, reported >= 1048576: yes
 * EXPECT: user stack used: yes
 * EXPECT: attributes: ok */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "check.h"

#define BIG (768 * 1024)
static void *big_stack(void *arg) {
    (void)arg;
    volatile unsigned char buf[BIG];
    for (size_t i = 0; i < BIG; i++) buf[i] = (unsigned char)i;
    unsigned long sum = 0;
    for (size_t i = 0; i < BIG; i++) sum += buf[i];
    pthread_attr_t a; void *lo = NULL; size_t size = 0;
    int ok = sum == (unsigned long)(BIG / 256) * (255 * 256 / 2);
    if (pthread_getattr_np(pthread_self(), &a) || pthread_attr_getstack(&a, &lo, &size)) return (void *)0;
    ok = ok && size >= 1024 * 1024
            && (uintptr_t)&buf[0] >= (uintptr_t)lo && (uintptr_t)&buf[BIG - 1] < (uintptr_t)lo + size;
    pthread_attr_destroy(&a);
    return (void *)(intptr_t)ok;
}
static uintptr_t where_addr;
static void *where(void *arg) { volatile int local = 0; (void)arg; where_addr = (uintptr_t)&local; return NULL; }

int main(void) {
    pthread_attr_t a;
    size_t s = 0, g = 1; int ds = -1;
    pthread_attr_init(&a);
    pthread_attr_getstacksize(&a, &s);
    pthread_attr_getdetachstate(&a, &ds);
    CHECK(s > 0); CHECK_EQ(ds, PTHREAD_CREATE_JOINABLE);
    CHECK_EQ(pthread_attr_setstacksize(&a, 1024 * 1024), 0);
    pthread_attr_getstacksize(&a, &s);
    CHECK_EQ(s, 1024 * 1024);
    CHECK_EQ(pthread_attr_setguardsize(&a, 8192), 0);
    pthread_attr_getguardsize(&a, &g);
    CHECK_EQ(g, 8192);
    pthread_t t; void *r = NULL;
    CHECK_EQ(pthread_create(&t, &a, big_stack, NULL), 0);
    CHECK_EQ(pthread_join(t, &r), 0);
    printf("big stack: sum ok, reported >= 1048576: %s\n", r ? "yes" : "no");
    CHECK(r != NULL);
    pthread_attr_destroy(&a);

    size_t ssize = 256 * 1024;
    unsigned char *stack = aligned_alloc(16, ssize);
    pthread_attr_init(&a);
    CHECK_EQ(pthread_attr_setstack(&a, stack, ssize), 0);
    CHECK_EQ(pthread_create(&t, &a, where, NULL), 0);
    CHECK_EQ(pthread_join(t, &r), 0);
    int inside = where_addr >= (uintptr_t)stack && where_addr < (uintptr_t)(stack + ssize);
    printf("user stack used: %s\n", inside ? "yes" : "no");
    CHECK(inside);
    pthread_attr_destroy(&a);
    free(stack);
    return FINISH("attributes");
}
