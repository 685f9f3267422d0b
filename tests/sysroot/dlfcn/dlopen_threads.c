/* dlopen() in a program that creates threads and forks: a side module's
 * function called from other threads (each with its own thread-local
 * variables), a library loaded by a thread used by the main thread, and
 * fork() (which the runtime refuses in a dynamically linked program:
 * known-differences.txt), then a normal exit with its stdio cleanup. */
#include <dlfcn.h>
#include <pthread.h>

#include "check.h"

static int (*side_add)(int, int);
static char lib[600];
static _Thread_local int per_thread = 1;
static int tls_target;
static _Thread_local int *tls_pointer = &tls_target;

static void *add_in_thread(void *arg) {
    per_thread += (int)(long)arg;
    return (void *)(long)side_add(per_thread, 100);
}

static void *open_in_thread(void *arg) {
    (void)arg;
    return dlopen(lib, RTLD_NOW);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    if (!check_side_module("dlside", lib, sizeof lib)) return check_done();
    RECORD("tls_initializer", "%s", tls_pointer == &tls_target ? "same" : "other");
    void *h = dlopen(lib, RTLD_NOW);
    RECORD("dlopen", "%s", h ? "handle" : "NULL");
    side_add = h ? (int (*)(int, int))dlsym(h, "dlside_add") : NULL;
    if (!side_add) return check_done();

    static const char *const create[3] = {"thread0.create", "thread1.create", "thread2.create"};
    static const char *const join[3] = {"thread0.join", "thread1.join", "thread2.join"};
    static const char *const result[3] = {"thread0.result", "thread1.result", "thread2.result"};
    pthread_t t[3];
    for (long i = 0; i < 3; i++) CALL(create[i], pthread_create(&t[i], NULL, add_in_thread, (void *)(i + 1)));
    for (int i = 0; i < 3; i++) {
        void *r = NULL;
        CALL(join[i], pthread_join(t[i], &r));
        RECORD(result[i], "%ld", (long)r);
    }
    RECORD("main.thread_local", "%d", per_thread);

    pthread_t opener;
    void *from_thread = NULL;
    CALL("opener.create", pthread_create(&opener, NULL, open_in_thread, NULL));
    CALL("opener.join", pthread_join(opener, &from_thread));
    RECORD("opener.same", "%s", from_thread == h ? "same" : from_thread ? "other" : "NULL");
    if (from_thread) CALL("opener.dlclose", dlclose(from_thread));

    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) _exit(side_add(3, 4));
    RECORD("fork", "%s", pid > 0 ? "ok" : check_errno_name(errno));
    if (pid > 0) check_record_status("fork.child", pid);
    CALL("dlclose", dlclose(h));
    return check_done();
}
