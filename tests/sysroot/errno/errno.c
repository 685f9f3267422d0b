/* errno is per thread, like every _Thread_local variable: each of 8
 * threads sets its own values, waits while the others do the same and make
 * failing calls (close(-1): EBADF, sem_trywait: EAGAIN), and still sees its
 * own; the initialisers of _Thread_local variables apply in every new
 * thread; main's errno is untouched by all of it. And every WASIX errno
 * code becomes the right POSIX value (ENOTSUP prints as EOPNOTSUPP, its
 * alias on both). The headers define the constants Gerbil's std/os needs
 * (os_constants.h). */
#include <dlfcn.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <semaphore.h>
#include <sys/epoll.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "check.h"

#define N 8
static pthread_barrier_t bar;
static _Thread_local int tls_int = 42;
static _Thread_local char tls_buf[64] = "init";
static _Thread_local long tls_zero;
static int *errno_addr[N + 1];
static int *tls_addr[N + 1];
static int errno_ok, tls_ok, init_ok, failing_call_ok;

/* Every WASIX errno code (0-80, in the order of the witx enumeration) and
 * the POSIX name it must become. Under WASIX the library's mapping is
 * recorded; natively the expected name itself, so a wrong entry of the
 * mapping shows as a difference. (The mapping is private to the sysroot:
 * the outcome of every failing call depends on it.) */
static const struct { int code; const char *wasix, *posix; } errno_map[] = {
    {0, "success", "0"},
    {1, "e2big", "E2BIG"},
    {2, "eacces", "EACCES"},
    {3, "eaddrinuse", "EADDRINUSE"},
    {4, "eaddrnotavail", "EADDRNOTAVAIL"},
    {5, "eafnosupport", "EAFNOSUPPORT"},
    {6, "eagain", "EAGAIN"},
    {7, "ealready", "EALREADY"},
    {8, "ebadf", "EBADF"},
    {9, "ebadmsg", "EBADMSG"},
    {10, "ebusy", "EBUSY"},
    {11, "ecanceled", "ECANCELED"},
    {12, "echild", "ECHILD"},
    {13, "econnaborted", "ECONNABORTED"},
    {14, "econnrefused", "ECONNREFUSED"},
    {15, "econnreset", "ECONNRESET"},
    {16, "edeadlk", "EDEADLK"},
    {17, "edestaddrreq", "EDESTADDRREQ"},
    {18, "edom", "EDOM"},
    {19, "edquot", "EDQUOT"},
    {20, "eexist", "EEXIST"},
    {21, "efault", "EFAULT"},
    {22, "efbig", "EFBIG"},
    {23, "ehostunreach", "EHOSTUNREACH"},
    {24, "eidrm", "EIDRM"},
    {25, "eilseq", "EILSEQ"},
    {26, "einprogress", "EINPROGRESS"},
    {27, "eintr", "EINTR"},
    {28, "einval", "EINVAL"},
    {29, "eio", "EIO"},
    {30, "eisconn", "EISCONN"},
    {31, "eisdir", "EISDIR"},
    {32, "eloop", "ELOOP"},
    {33, "emfile", "EMFILE"},
    {34, "emlink", "EMLINK"},
    {35, "emsgsize", "EMSGSIZE"},
    {36, "emultihop", "EMULTIHOP"},
    {37, "enametoolong", "ENAMETOOLONG"},
    {38, "enetdown", "ENETDOWN"},
    {39, "enetreset", "ENETRESET"},
    {40, "enetunreach", "ENETUNREACH"},
    {41, "enfile", "ENFILE"},
    {42, "enobufs", "ENOBUFS"},
    {43, "enodev", "ENODEV"},
    {44, "enoent", "ENOENT"},
    {45, "enoexec", "ENOEXEC"},
    {46, "enolck", "ENOLCK"},
    {47, "enolink", "ENOLINK"},
    {48, "enomem", "ENOMEM"},
    {49, "enomsg", "ENOMSG"},
    {50, "enoprotoopt", "ENOPROTOOPT"},
    {51, "enospc", "ENOSPC"},
    {52, "enosys", "ENOSYS"},
    {53, "enotconn", "ENOTCONN"},
    {54, "enotdir", "ENOTDIR"},
    {55, "enotempty", "ENOTEMPTY"},
    {56, "enotrecoverable", "ENOTRECOVERABLE"},
    {57, "enotsock", "ENOTSOCK"},
    {58, "enotsup", "EOPNOTSUPP"},
    {59, "enotty", "ENOTTY"},
    {60, "enxio", "ENXIO"},
    {61, "eoverflow", "EOVERFLOW"},
    {62, "eownerdead", "EOWNERDEAD"},
    {63, "eperm", "EPERM"},
    {64, "epipe", "EPIPE"},
    {65, "eproto", "EPROTO"},
    {66, "eprotonosupport", "EPROTONOSUPPORT"},
    {67, "eprototype", "EPROTOTYPE"},
    {68, "erange", "ERANGE"},
    {69, "erofs", "EROFS"},
    {70, "espipe", "ESPIPE"},
    {71, "esrch", "ESRCH"},
    {72, "estale", "ESTALE"},
    {73, "etimedout", "ETIMEDOUT"},
    {74, "etxtbsy", "ETXTBSY"},
    {75, "exdev", "EXDEV"},
    {76, "enotcapable", "ENOTCAPABLE"},
    {77, "shutdown", "EPIPE"},
    {78, "memviolation", "EFAULT"},
    {79, "unknown", "EIO"},
    {80, "pending", "EAGAIN"},
};
/* Which of the constants of os_constants.h the headers lack, by name. */
static char missing_process[1024], missing_other[2048];
static void seen(const char *name, long long value) {
    (void)name;
    (void)value;
}
static void missing(const char *name, int process_model) {
    char *list = process_model ? missing_process : missing_other;
    size_t size = process_model ? sizeof missing_process : sizeof missing_other, n = strlen(list);
    snprintf(list + n, size - n, "%s%s", n ? " " : "", name);
}
#include "os_constants.h"

#ifdef __wasi__
int __wasix_errno_to_posix(int wasix_code);
#define MAPPED(code, expected) check_errno_name(__wasix_errno_to_posix(code))
#else
#define MAPPED(code, expected) (expected)
#endif

static void *worker(void *arg) {
    int id = (int)(long)arg;
    if (tls_int == 42 && tls_buf[0] == 'i' && tls_buf[4] == 0 && tls_zero == 0)
        __atomic_fetch_add(&init_ok, 1, __ATOMIC_SEQ_CST);
    errno = 1000 + id;
    tls_int = id;
    tls_zero = id * 7L;
    tls_buf[0] = (char)('a' + id);
    errno_addr[id] = &errno;
    tls_addr[id] = &tls_int;
    pthread_barrier_wait(&bar);
    /* everyone has written their values; now half of them fail a call */
    if (id % 2) {
        if (close(-1) == -1 && errno == EBADF) __atomic_fetch_add(&failing_call_ok, 1, __ATOMIC_SEQ_CST);
    } else {
        sem_t s;
        sem_init(&s, 0, 0);
        if (sem_trywait(&s) == -1 && errno == EAGAIN) __atomic_fetch_add(&failing_call_ok, 1, __ATOMIC_SEQ_CST);
    }
    errno = 1000 + id;
    pthread_barrier_wait(&bar);
    check_sleep_ms(5);
    int mine = errno;
    if (mine == 1000 + id) __atomic_fetch_add(&errno_ok, 1, __ATOMIC_SEQ_CST);
    if (tls_int == id && tls_zero == id * 7L && tls_buf[0] == 'a' + id) __atomic_fetch_add(&tls_ok, 1, __ATOMIC_SEQ_CST);
    char name[32];
    snprintf(name, sizeof name, "thread.%d.values", id);
    RECORD(name, "tls=%d errno=%d", tls_int * 100, mine - 1000);
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pthread_t t[N];
    CHECK(pthread_barrier_init(&bar, NULL, N) == 0);
    tls_int = -1;
    errno = 0;
    for (long i = 0; i < N; i++) CHECK(pthread_create(&t[i], NULL, worker, (void *)i) == 0);
    for (int i = 0; i < N; i++) CHECK(pthread_join(t[i], NULL) == 0);
    /* read before anything else can set it */
    int main_errno = errno;
    errno_addr[N] = &errno;
    tls_addr[N] = &tls_int;
    int distinct = 1;
    for (int i = 0; i <= N; i++)
        for (int j = i + 1; j <= N; j++)
            if (errno_addr[i] == errno_addr[j] || tls_addr[i] == tls_addr[j]) distinct = 0;
    RECORD("main.errno", "%s", check_errno_name(main_errno));
    RECORD("main.tls_int", "%d", tls_int);
    RECORD("addresses.distinct", "%s", distinct ? "yes" : "no");
    RECORD("threads.initialisers_applied", "%d of %d", init_ok, N);
    RECORD("threads.failing_call_errno", "%d of %d", failing_call_ok, N);
    RECORD("threads.private_errno", "%d of %d", errno_ok, N);
    RECORD("threads.private_thread_local", "%d of %d", tls_ok, N);
    CALL("main.close_bad", close(-1));

    char key[64];
    for (size_t i = 0; i < sizeof errno_map / sizeof errno_map[0]; ++i) {
        CHECK(errno_map[i].code == (int)i);
        snprintf(key, sizeof key, "wasix_errno.%d.%s", errno_map[i].code, errno_map[i].wasix);
        RECORD(key, "%s", MAPPED(errno_map[i].code, errno_map[i].posix));
    }
    /* codes outside the WASIX range are reported as EIO */
    RECORD("wasix_errno.81", "%s", MAPPED(81, "EIO"));
    RECORD("wasix_errno.negative", "%s", MAPPED(-1, "EIO"));
    RECORD("wasix_errno.65535", "%s", MAPPED(65535, "EIO"));

    constants_process();
    constants_socket();
    constants_epoll();
    RECORD("constants.process.missing", "%s", missing_process[0] ? missing_process : "none");
    RECORD("constants.other.missing", "%s", missing_other[0] ? missing_other : "none");
    RECORD("ewouldblock_is_eagain", "%d", EWOULDBLOCK == EAGAIN);
    RECORD("strerror.eagain", "%s", strerror(EAGAIN) && *strerror(EAGAIN) ? "text" : "empty");
    return check_done();
}
