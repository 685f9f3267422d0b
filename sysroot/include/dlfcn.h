/* WASIX SDK: <dlfcn.h>. dlopen loads side modules (wasix-clang -fPIC
 * -shared) into a program linked with -fPIC; in any other program it fails
 * and dlerror() says how to link. dladdr always returns 0 (the runtime
 * cannot map an address to a module). */
#ifndef _DLFCN_H
#define _DLFCN_H

#ifdef __cplusplus
extern "C" {
#endif

#include <features.h>

#define RTLD_LAZY   1
#define RTLD_NOW    2
#define RTLD_NOLOAD 4
#define RTLD_NODELETE 4096
#define RTLD_GLOBAL 256
#define RTLD_LOCAL  0

#define RTLD_NEXT    ((void *)-1)
#define RTLD_DEFAULT ((void *)0)

typedef struct {
	const char *dli_fname;
	void *dli_fbase;
	const char *dli_sname;
	void *dli_saddr;
} Dl_info;

int dlclose(void *);
char *dlerror(void);
void *dlopen(const char *, int);
void *dlsym(void *__restrict, const char *__restrict);
int dladdr(const void *, Dl_info *);

#ifdef __cplusplus
}
#endif

#endif
