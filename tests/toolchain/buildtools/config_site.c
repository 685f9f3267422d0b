/* Checks, under the runtime, each answer share/wasix/config.site gives configure: what the
   autoconf run tests would find if they could run. Prints one line per answer. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static int child_status(pid_t p) {
    int st = -1;
    if (p < 0 || waitpid(p, &st, 0) != p || !WIFEXITED(st)) return -1;
    return WEXITSTATUS(st);
}

int main(void) {
    void* m = malloc(0);
    printf("ac_cv_func_malloc_0_nonnull=%s\n", m ? "yes" : "no");
    printf("gl_cv_func_malloc_0_nonnull=%s\n", m ? "yes" : "no");
    free(m);
    void* r = realloc(NULL, 0);
    printf("ac_cv_func_realloc_0_nonnull=%s\n", r ? "yes" : "no");
    free(r);
    pid_t f = fork();
    if (f == 0) _exit(5);
    printf("ac_cv_func_fork_works=%s\n", child_status(f) == 5 ? "yes" : "no");
    volatile int shared = 0;
    pid_t v = vfork();
    if (v == 0) {
        shared = 1;
        _exit(6);
    }
    printf("ac_cv_func_vfork_works=%s\n", child_status(v) == 6 ? "yes" : "no");
    (void)shared;
    printf("ac_cv_func_strnlen_working=%s\n",
           strnlen("foobar", 3) == 3 && strnlen("ab", 10) == 2 ? "yes" : "no");
    /* autoconf's check: a MAP_FIXED mapping over a page of the program's own. */
    long page = sysconf(_SC_PAGESIZE);
    char* area = malloc((size_t)page * 2);
    char* want = (char*)(((uintptr_t)area + (uintptr_t)page - 1) & ~((uintptr_t)page - 1));
    void* fixed = mmap(want, (size_t)page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("ac_cv_func_mmap_fixed_mapped=%s\n", fixed == want ? "yes" : "no");
    const uint16_t one = 1;
    printf("ac_cv_c_bigendian=%s\n", *(const uint8_t*)&one == 1 ? "no" : "yes");
    return 0;
}
