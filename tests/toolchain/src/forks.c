/* Uses fork() and setjmp(): the drivers must asyncify it without being asked. */
#include <setjmp.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static jmp_buf jb;

int main(void) {
    int copy = 1;
    pid_t p = fork();
    if (p == 0) {
        copy = 99;
        _exit(7);
    }
    int status = 0;
    if (waitpid(p, &status, 0) != p) return 1;
    volatile int jumped = 0;
    if (setjmp(jb) == 0) {
        jumped = 1;
        longjmp(jb, 0);
    }
    printf("forks child=%d copy=%d jumped=%d\n", WEXITSTATUS(status), copy, jumped);
    return 0;
}
