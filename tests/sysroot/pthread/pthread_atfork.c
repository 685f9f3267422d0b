/* pthread_atfork(): prepare handlers run in reverse order of registration
 * before fork, parent and child handlers in order after it, each on its
 * side only. */
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static char trace[64];
static void add(char c) {
    size_t n = strlen(trace);
    if (n + 1 < sizeof trace) trace[n] = c, trace[n + 1] = '\0';
}
static void prep1(void) { add('P'); }
static void prep2(void) { add('p'); }
static void parent1(void) { add('A'); }
static void parent2(void) { add('a'); }
static void child1(void) { add('C'); }
static void child2(void) { add('c'); }

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CALL("register.1", pthread_atfork(prep1, parent1, child1));
    CALL("register.2", pthread_atfork(prep2, parent2, child2));
    CALL("register.nulls", pthread_atfork(NULL, NULL, NULL));
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        RECORD("child.trace", "%s", trace);
        fflush(stdout);
        _exit(0);
    }
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid);
    RECORD("parent.trace", "%s", trace);
    return check_done();
}
