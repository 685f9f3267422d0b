/* check.h - the recording side of the differential sysroot tests.
 *
 * A test program is built twice, natively (Linux, the oracle) and for WASIX,
 * and run on both; differential.py then compares what the two runs recorded.
 * Everything a test wants compared goes through this header, one line each:
 *
 *   CALL(name, expr)     evaluates expr (an integer or ssize_t result) and
 *                        records "name: ok" (0), "name: ok=<value>" or
 *                        "name: -1 <ERRNO NAME>"; returns the result.
 *   CALL_FD(name, expr)  like CALL for a call that returns a new descriptor:
 *                        records "name: ok=fd", because descriptor numbers
 *                        are not portable (WASIX has preopens at 3 and up).
 *   RECORD(name, fmt, ...) records "name: <formatted text>" for an effect
 *                        (data read back, a flag, a count) in a portable form.
 *   CALL_ISOLATED(name, expr) CALL in a forked child, for a call that may
 *                        trap under WASIX (bad addresses): "name: crashed".
 *   CHECK(cond)          an assertion that must hold on both platforms; a
 *                        failure fails the test even when both sides agree.
 *
 * Helpers: check_fl_name() (F_GETFL flags by name), check_open_count()
 * (how many descriptors are open), BAD_NULL/BAD_FAR (bad addresses),
 * check_now_ms()/check_sleep_ms(), check_ts_ms()/check_ms_of()/check_clock_ms()
 * (milliseconds), check_port(i), check_self() and
 * check_self_parts() (this program's path, for tests that start
 * themselves), check_side_module() (a library for dlopen), check_tcp_listen(), check_tcp_connect(), check_tcp_pair(),
 * check_tcp_setup(), check_loopback() (TCP on 127.0.0.1 and ::1 at the
 * run's ports), check_read_all(), check_record_status() (how a child
 * ended), check_capture() (a forked child that execs: its output and
 * status), check_in_child() (a function run in a forked child),
 * check_stderr_begin()/check_stderr_end() (what stderr got), check_cwd_below(),
 * check_count_signal()/check_wait_signal() and
 * check_usr1_pending()/check_usr1_blocked() (signals).
 *
 * Names are single words (no blanks, no ':') and unique within a test.
 * Errno values are printed by name, since Linux and wasi-libc number them
 * differently; F_GETFL results go through check_fl_name() for the same
 * reason. main() ends with `return check_done();`.
 *
 * The program's first argument is a writable scratch directory of its own
 * (check_scratch() returns it), the second the TCP ports it may use
 * (check_port()), the third its own path (check_self()).
 */
#ifndef SYSROOT_TEST_CHECK_H
#define SYSROOT_TEST_CHECK_H

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const struct check_errno_entry {
    int value;
    const char *name;
} check_errno_table[] = {
/* Where two names share a value (EAGAIN/EWOULDBLOCK, EDEADLK/EDEADLOCK,
 * EOPNOTSUPP/ENOTSUP on Linux), the first one listed is printed on both
 * platforms, so aliases never show up as a difference. */
#ifdef EPERM
    {EPERM, "EPERM"},
#endif
#ifdef ENOENT
    {ENOENT, "ENOENT"},
#endif
#ifdef ESRCH
    {ESRCH, "ESRCH"},
#endif
#ifdef EINTR
    {EINTR, "EINTR"},
#endif
#ifdef EIO
    {EIO, "EIO"},
#endif
#ifdef ENXIO
    {ENXIO, "ENXIO"},
#endif
#ifdef E2BIG
    {E2BIG, "E2BIG"},
#endif
#ifdef ENOEXEC
    {ENOEXEC, "ENOEXEC"},
#endif
#ifdef EBADF
    {EBADF, "EBADF"},
#endif
#ifdef ECHILD
    {ECHILD, "ECHILD"},
#endif
#ifdef EAGAIN
    {EAGAIN, "EAGAIN"},
#endif
#ifdef EWOULDBLOCK
    {EWOULDBLOCK, "EWOULDBLOCK"},
#endif
#ifdef ENOMEM
    {ENOMEM, "ENOMEM"},
#endif
#ifdef EACCES
    {EACCES, "EACCES"},
#endif
#ifdef EFAULT
    {EFAULT, "EFAULT"},
#endif
#ifdef ENOTBLK
    {ENOTBLK, "ENOTBLK"},
#endif
#ifdef EBUSY
    {EBUSY, "EBUSY"},
#endif
#ifdef EEXIST
    {EEXIST, "EEXIST"},
#endif
#ifdef EXDEV
    {EXDEV, "EXDEV"},
#endif
#ifdef ENODEV
    {ENODEV, "ENODEV"},
#endif
#ifdef ENOTDIR
    {ENOTDIR, "ENOTDIR"},
#endif
#ifdef EISDIR
    {EISDIR, "EISDIR"},
#endif
#ifdef EINVAL
    {EINVAL, "EINVAL"},
#endif
#ifdef ENFILE
    {ENFILE, "ENFILE"},
#endif
#ifdef EMFILE
    {EMFILE, "EMFILE"},
#endif
#ifdef ENOTTY
    {ENOTTY, "ENOTTY"},
#endif
#ifdef ETXTBSY
    {ETXTBSY, "ETXTBSY"},
#endif
#ifdef EFBIG
    {EFBIG, "EFBIG"},
#endif
#ifdef ENOSPC
    {ENOSPC, "ENOSPC"},
#endif
#ifdef ESPIPE
    {ESPIPE, "ESPIPE"},
#endif
#ifdef EROFS
    {EROFS, "EROFS"},
#endif
#ifdef EMLINK
    {EMLINK, "EMLINK"},
#endif
#ifdef EPIPE
    {EPIPE, "EPIPE"},
#endif
#ifdef EDOM
    {EDOM, "EDOM"},
#endif
#ifdef ERANGE
    {ERANGE, "ERANGE"},
#endif
#ifdef EDEADLK
    {EDEADLK, "EDEADLK"},
#endif
#ifdef EDEADLOCK
    {EDEADLOCK, "EDEADLOCK"},
#endif
#ifdef ENAMETOOLONG
    {ENAMETOOLONG, "ENAMETOOLONG"},
#endif
#ifdef ENOLCK
    {ENOLCK, "ENOLCK"},
#endif
#ifdef ENOSYS
    {ENOSYS, "ENOSYS"},
#endif
#ifdef ENOTEMPTY
    {ENOTEMPTY, "ENOTEMPTY"},
#endif
#ifdef ELOOP
    {ELOOP, "ELOOP"},
#endif
#ifdef ENOMSG
    {ENOMSG, "ENOMSG"},
#endif
#ifdef EIDRM
    {EIDRM, "EIDRM"},
#endif
#ifdef ECHRNG
    {ECHRNG, "ECHRNG"},
#endif
#ifdef EL2NSYNC
    {EL2NSYNC, "EL2NSYNC"},
#endif
#ifdef EL3HLT
    {EL3HLT, "EL3HLT"},
#endif
#ifdef EL3RST
    {EL3RST, "EL3RST"},
#endif
#ifdef ELNRNG
    {ELNRNG, "ELNRNG"},
#endif
#ifdef EUNATCH
    {EUNATCH, "EUNATCH"},
#endif
#ifdef ENOCSI
    {ENOCSI, "ENOCSI"},
#endif
#ifdef EL2HLT
    {EL2HLT, "EL2HLT"},
#endif
#ifdef EBADE
    {EBADE, "EBADE"},
#endif
#ifdef EBADR
    {EBADR, "EBADR"},
#endif
#ifdef EXFULL
    {EXFULL, "EXFULL"},
#endif
#ifdef ENOANO
    {ENOANO, "ENOANO"},
#endif
#ifdef EBADRQC
    {EBADRQC, "EBADRQC"},
#endif
#ifdef EBADSLT
    {EBADSLT, "EBADSLT"},
#endif
#ifdef EBFONT
    {EBFONT, "EBFONT"},
#endif
#ifdef ENOSTR
    {ENOSTR, "ENOSTR"},
#endif
#ifdef ENODATA
    {ENODATA, "ENODATA"},
#endif
#ifdef ETIME
    {ETIME, "ETIME"},
#endif
#ifdef ENOSR
    {ENOSR, "ENOSR"},
#endif
#ifdef ENONET
    {ENONET, "ENONET"},
#endif
#ifdef ENOPKG
    {ENOPKG, "ENOPKG"},
#endif
#ifdef EREMOTE
    {EREMOTE, "EREMOTE"},
#endif
#ifdef ENOLINK
    {ENOLINK, "ENOLINK"},
#endif
#ifdef EADV
    {EADV, "EADV"},
#endif
#ifdef ESRMNT
    {ESRMNT, "ESRMNT"},
#endif
#ifdef ECOMM
    {ECOMM, "ECOMM"},
#endif
#ifdef EPROTO
    {EPROTO, "EPROTO"},
#endif
#ifdef EMULTIHOP
    {EMULTIHOP, "EMULTIHOP"},
#endif
#ifdef EDOTDOT
    {EDOTDOT, "EDOTDOT"},
#endif
#ifdef EBADMSG
    {EBADMSG, "EBADMSG"},
#endif
#ifdef EOVERFLOW
    {EOVERFLOW, "EOVERFLOW"},
#endif
#ifdef ENOTUNIQ
    {ENOTUNIQ, "ENOTUNIQ"},
#endif
#ifdef EBADFD
    {EBADFD, "EBADFD"},
#endif
#ifdef EREMCHG
    {EREMCHG, "EREMCHG"},
#endif
#ifdef ELIBACC
    {ELIBACC, "ELIBACC"},
#endif
#ifdef ELIBBAD
    {ELIBBAD, "ELIBBAD"},
#endif
#ifdef ELIBSCN
    {ELIBSCN, "ELIBSCN"},
#endif
#ifdef ELIBMAX
    {ELIBMAX, "ELIBMAX"},
#endif
#ifdef ELIBEXEC
    {ELIBEXEC, "ELIBEXEC"},
#endif
#ifdef EILSEQ
    {EILSEQ, "EILSEQ"},
#endif
#ifdef ERESTART
    {ERESTART, "ERESTART"},
#endif
#ifdef ESTRPIPE
    {ESTRPIPE, "ESTRPIPE"},
#endif
#ifdef EUSERS
    {EUSERS, "EUSERS"},
#endif
#ifdef ENOTSOCK
    {ENOTSOCK, "ENOTSOCK"},
#endif
#ifdef EDESTADDRREQ
    {EDESTADDRREQ, "EDESTADDRREQ"},
#endif
#ifdef EMSGSIZE
    {EMSGSIZE, "EMSGSIZE"},
#endif
#ifdef EPROTOTYPE
    {EPROTOTYPE, "EPROTOTYPE"},
#endif
#ifdef ENOPROTOOPT
    {ENOPROTOOPT, "ENOPROTOOPT"},
#endif
#ifdef EPROTONOSUPPORT
    {EPROTONOSUPPORT, "EPROTONOSUPPORT"},
#endif
#ifdef ESOCKTNOSUPPORT
    {ESOCKTNOSUPPORT, "ESOCKTNOSUPPORT"},
#endif
#ifdef EOPNOTSUPP
    {EOPNOTSUPP, "EOPNOTSUPP"},
#endif
#ifdef ENOTSUP
    {ENOTSUP, "ENOTSUP"},
#endif
#ifdef EPFNOSUPPORT
    {EPFNOSUPPORT, "EPFNOSUPPORT"},
#endif
#ifdef EAFNOSUPPORT
    {EAFNOSUPPORT, "EAFNOSUPPORT"},
#endif
#ifdef EADDRINUSE
    {EADDRINUSE, "EADDRINUSE"},
#endif
#ifdef EADDRNOTAVAIL
    {EADDRNOTAVAIL, "EADDRNOTAVAIL"},
#endif
#ifdef ENETDOWN
    {ENETDOWN, "ENETDOWN"},
#endif
#ifdef ENETUNREACH
    {ENETUNREACH, "ENETUNREACH"},
#endif
#ifdef ENETRESET
    {ENETRESET, "ENETRESET"},
#endif
#ifdef ECONNABORTED
    {ECONNABORTED, "ECONNABORTED"},
#endif
#ifdef ECONNRESET
    {ECONNRESET, "ECONNRESET"},
#endif
#ifdef ENOBUFS
    {ENOBUFS, "ENOBUFS"},
#endif
#ifdef EISCONN
    {EISCONN, "EISCONN"},
#endif
#ifdef ENOTCONN
    {ENOTCONN, "ENOTCONN"},
#endif
#ifdef ESHUTDOWN
    {ESHUTDOWN, "ESHUTDOWN"},
#endif
#ifdef ETOOMANYREFS
    {ETOOMANYREFS, "ETOOMANYREFS"},
#endif
#ifdef ETIMEDOUT
    {ETIMEDOUT, "ETIMEDOUT"},
#endif
#ifdef ECONNREFUSED
    {ECONNREFUSED, "ECONNREFUSED"},
#endif
#ifdef EHOSTDOWN
    {EHOSTDOWN, "EHOSTDOWN"},
#endif
#ifdef EHOSTUNREACH
    {EHOSTUNREACH, "EHOSTUNREACH"},
#endif
#ifdef EALREADY
    {EALREADY, "EALREADY"},
#endif
#ifdef EINPROGRESS
    {EINPROGRESS, "EINPROGRESS"},
#endif
#ifdef ESTALE
    {ESTALE, "ESTALE"},
#endif
#ifdef EUCLEAN
    {EUCLEAN, "EUCLEAN"},
#endif
#ifdef ENOTNAM
    {ENOTNAM, "ENOTNAM"},
#endif
#ifdef ENAVAIL
    {ENAVAIL, "ENAVAIL"},
#endif
#ifdef EISNAM
    {EISNAM, "EISNAM"},
#endif
#ifdef EREMOTEIO
    {EREMOTEIO, "EREMOTEIO"},
#endif
#ifdef EDQUOT
    {EDQUOT, "EDQUOT"},
#endif
#ifdef ENOMEDIUM
    {ENOMEDIUM, "ENOMEDIUM"},
#endif
#ifdef EMEDIUMTYPE
    {EMEDIUMTYPE, "EMEDIUMTYPE"},
#endif
#ifdef ECANCELED
    {ECANCELED, "ECANCELED"},
#endif
#ifdef ENOKEY
    {ENOKEY, "ENOKEY"},
#endif
#ifdef EKEYEXPIRED
    {EKEYEXPIRED, "EKEYEXPIRED"},
#endif
#ifdef EKEYREVOKED
    {EKEYREVOKED, "EKEYREVOKED"},
#endif
#ifdef EKEYREJECTED
    {EKEYREJECTED, "EKEYREJECTED"},
#endif
#ifdef EOWNERDEAD
    {EOWNERDEAD, "EOWNERDEAD"},
#endif
#ifdef ENOTRECOVERABLE
    {ENOTRECOVERABLE, "ENOTRECOVERABLE"},
#endif
#ifdef ERFKILL
    {ERFKILL, "ERFKILL"},
#endif
#ifdef EHWPOISON
    {EHWPOISON, "EHWPOISON"},
#endif
#ifdef ENOTCAPABLE
    {ENOTCAPABLE, "ENOTCAPABLE"},
#endif
};

/* The name of errno value e; "E?<n>" for a value no E* constant has (and
 * "0" for no error). The buffer is per thread. */
static inline const char *check_errno_name(int e) {
    static _Thread_local char unknown[24];
    if (e == 0) return "0";
    for (size_t i = 0; i < sizeof check_errno_table / sizeof check_errno_table[0]; ++i)
        if (check_errno_table[i].value == e) return check_errno_table[i].name;
    snprintf(unknown, sizeof unknown, "E?%d", e);
    return unknown;
}

/* F_GETFL flags in portable form: the access mode plus O_APPEND and
 * O_NONBLOCK, e.g. "O_RDWR|O_NONBLOCK". Other bits (O_LARGEFILE, ...) are
 * platform noise and left out. The buffer is per thread. */
static inline const char *check_fl_name(int fl) {
    static _Thread_local char buf[64];
    const char *mode = "O_RDONLY";
    if ((fl & O_ACCMODE) == O_WRONLY) mode = "O_WRONLY";
    else if ((fl & O_ACCMODE) == O_RDWR) mode = "O_RDWR";
    else if ((fl & O_ACCMODE) != O_RDONLY) mode = "O_ACCMODE?";
    snprintf(buf, sizeof buf, "%s%s%s", mode, (fl & O_APPEND) ? "|O_APPEND" : "",
             (fl & O_NONBLOCK) ? "|O_NONBLOCK" : "");
    return buf;
}

static int check_failures;
static int check_passes;
static const char *check_scratch_dir = ".";

static inline void check_record_(const char *name, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static inline void check_record_(const char *name, const char *fmt, ...) {
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    /* One printf per line keeps lines whole when threads record; an empty
     * text gets a visible stand-in. */
    printf("%s: %s\n", name, text[0] ? text : "<empty>");
    fflush(stdout);
}

static inline long check_call_(const char *name, long r, int err, int is_fd) {
    if (r == -1) check_record_(name, "-1 %s", check_errno_name(err));
    else if (is_fd && r >= 0) check_record_(name, "ok=fd");
    else if (r == 0) check_record_(name, "ok");
    else check_record_(name, "ok=%ld", r);
    errno = err;
    return r;
}

/* Sequenced by the comma operator: errno is cleared before expr and read
 * after it. */
static _Thread_local long check_result_;
#define CALL(name, expr) \
    (errno = 0, check_result_ = (long)(expr), check_call_((name), check_result_, errno, 0))
#define CALL_FD(name, expr) \
    ((int)(errno = 0, check_result_ = (long)(expr), check_call_((name), check_result_, errno, 1)))
#define RECORD(name, ...) check_record_((name), __VA_ARGS__)

/* CALL_ISOLATED(name, expr): CALL in a forked child, for a call that might
 * bring the whole process down (a trap on a bad address instead of EFAULT).
 * The child records and exits with CHECK_CHILD_DONE; anything else (a crash
 * before the record) is recorded by the parent as "crashed". Side effects of
 * expr stay in the child. */
#define CHECK_CHILD_DONE 77
#define CALL_ISOLATED(name, expr)                                            \
    do {                                                                     \
        fflush(stdout);                                                      \
        pid_t check_pid_ = fork();                                           \
        if (check_pid_ == 0) {                                               \
            CALL(name, expr);                                                \
            fflush(stdout);                                                  \
            _exit(CHECK_CHILD_DONE);                                         \
        }                                                                    \
        int check_status_ = 0;                                               \
        if (check_pid_ < 0) RECORD(name, "fork failed: %s", check_errno_name(errno)); \
        else if (waitpid(check_pid_, &check_status_, 0) != check_pid_ ||     \
                 !WIFEXITED(check_status_) ||                                \
                 WEXITSTATUS(check_status_) != CHECK_CHILD_DONE)             \
            RECORD(name, "crashed");                                         \
    } while (0)

#define CHECK(cond)                                                                                   \
    do {                                                                                              \
        if (cond) {                                                                                   \
            ++check_passes;                                                                           \
        } else {                                                                                      \
            int check_errno_ = errno;                                                                 \
            printf("CHECK FAILED %s:%d: %s (errno %s)\n", __FILE__, __LINE__, #cond,                 \
                   check_errno_name(check_errno_));                                                   \
            fflush(stdout);                                                                           \
            ++check_failures;                                                                         \
        }                                                                                             \
    } while (0)

/* Addresses for the bad-pointer paths. BAD_NULL is hidden from the compiler
 * (it must not reason about a null argument). BAD_FAR is the last page of
 * the address space: kernel space on Linux, beyond any linear memory smaller
 * than 4 GiB on wasm32. */
static void *volatile check_null_ptr_;
#define BAD_NULL ((void *)check_null_ptr_)
#define BAD_FAR ((void *)(~(uintptr_t)0 - 4095))

/* How many descriptors below 1024 are open: a portable way to see that a
 * call made (or leaked) descriptors, whatever their numbers. */
static inline int check_open_count(void) {
    int n = 0;
    for (int fd = 0; fd < 1024; ++fd)
        if (fcntl(fd, F_GETFD) != -1) ++n;
    return n;
}

/* Milliseconds on the monotonic clock, for "did it block" checks. */
static inline long long check_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Milliseconds as a timespec and back (timer tests), and a clock's time
 * in milliseconds. */
static inline struct timespec check_ts_ms(long long ms) {
    struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
    return ts;
}

static inline long long check_ms_of(struct timespec ts) {
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static inline long long check_clock_ms(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return check_ms_of(ts);
}

static inline void check_sleep_ms(long ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* The scratch directory from argv[1] (the current directory without one).
 * argv[2], if given, is a comma-separated list of TCP ports on 127.0.0.1
 * that were free when the test started and belong to this run alone;
 * argv[3] the program's own path (check_self). */
static int check_ports_[8];
static int check_nports_;
static const char *check_self_;
static inline const char *check_scratch(int argc, char **argv) {
    if (argc > 1) check_scratch_dir = argv[1];
    if (argc > 3) check_self_ = argv[3];
    if (argc > 2) {
        const char *p = argv[2];
        while (*p && check_nports_ < 8) {
            check_ports_[check_nports_++] = atoi(p);
            while (*p && *p != ',') ++p;
            if (*p == ',') ++p;
        }
    }
    return check_scratch_dir;
}

/* The path of this very program as the running side sees it (argv[3]: the
 * host path natively, a path on a read-only mount under WASIX), for tests
 * that start themselves as a child; null when the harness gave none. */
static inline const char *check_self(void) { return check_self_; }

/* The i-th port of this run (from 0). Port 0 with getsockname() is no
 * substitute: under WASIX getsockname() reports port 0 for such a socket.
 * Without ports from the harness a fixed default is used. */
static inline unsigned short check_port(int i) {
    if (i < check_nports_) return (unsigned short)check_ports_[i];
    return (unsigned short)(47290 + i);
}

/* TCP on the loopback, for the socket tests: a listening socket on
 * 127.0.0.1 (AF_INET) or ::1 (AF_INET6) at check_port(port_index), with
 * SO_REUSEADDR; a client connected to it; a connected pair (the client, and
 * the accepted socket in *server). Each returns -1 (errno set) on failure. */
static inline socklen_t check_loopback(int family, int port_index, struct sockaddr_storage *ss) {
    memset(ss, 0, sizeof *ss);
    if (family == AF_INET6) {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(check_port(port_index));
        a->sin6_addr = in6addr_loopback;
        return sizeof *a;
    }
    struct sockaddr_in *a = (struct sockaddr_in *)ss;
    a->sin_family = AF_INET;
    a->sin_port = htons(check_port(port_index));
    a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return sizeof *a;
}

static inline int check_tcp_listen(int family, int port_index) {
    struct sockaddr_storage ss;
    socklen_t len = check_loopback(family, port_index, &ss);
    int s = socket(family, SOCK_STREAM, 0), one = 1;
    if (s < 0) return -1;
    if (setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0 ||
        bind(s, (struct sockaddr *)&ss, len) != 0 || listen(s, 128) != 0) {
        int e = errno;
        close(s);
        errno = e;
        return -1;
    }
    return s;
}

static inline int check_tcp_connect(int family, int port_index) {
    struct sockaddr_storage ss;
    socklen_t len = check_loopback(family, port_index, &ss);
    int c = socket(family, SOCK_STREAM, 0);
    if (c < 0) return -1;
    if (connect(c, (struct sockaddr *)&ss, len) != 0) {
        int e = errno;
        close(c);
        errno = e;
        return -1;
    }
    return c;
}

static inline int check_tcp_pair(int listener, int family, int port_index, int *server) {
    int c = check_tcp_connect(family, port_index);
    *server = c < 0 ? -1 : accept(listener, NULL, NULL);
    if (c >= 0 && *server < 0) {
        int e = errno;
        close(c);
        errno = e;
        return -1;
    }
    return c;
}

/* A listener at check_port(0) on 127.0.0.1 (in *listener) and a connected
 * pair: returns the client, the accepted socket in *server. */
static inline int check_tcp_setup(int *listener, int *server) {
    *listener = check_tcp_listen(AF_INET, 0);
    CHECK(*listener >= 0);
    int c = check_tcp_pair(*listener, AF_INET, 0, server);
    CHECK(c >= 0);
    return c;
}

/* This program's directory and file name (from check_self()); 0, with a
 * failed CHECK, when the harness gave no path. */
static inline int check_self_parts(char *dir, size_t dir_size, char *base, size_t base_size) {
    const char *self = check_self();
    const char *slash = self ? strrchr(self, '/') : NULL;
    CHECK(slash != NULL);
    if (!slash) return 0;
    snprintf(dir, dir_size, "%.*s", (int)(slash - self), self);
    snprintf(base, base_size, "%s", slash + 1);
    return 1;
}

/* The path of the side module <dir>/side/<name>.c of the tests (built as
 * lib<name>.so beside this program); 0, with a failed CHECK, without one. */
static inline int check_side_module(const char *name, char *path, size_t path_size) {
    char dir[512], base[256];
    if (!check_self_parts(dir, sizeof dir, base, sizeof base)) return 0;
    snprintf(path, path_size, "%s/lib%s.so", dir, name);
    return 1;
}

/* Reads fd to its end into out (NUL-terminated, one trailing newline
 * dropped); returns the length. */
/* Waits for child pid and records how it ended as "name: exited N" (or
 * "other STATUS", or why waitpid failed). */
static inline void check_record_status(const char *name, pid_t pid) {
    int status = 0;
    pid_t r = waitpid(pid, &status, 0);
    if (r != pid)
        RECORD(name, "waitpid failed: %s", check_errno_name(errno));
    else if (WIFEXITED(status))
        RECORD(name, "exited %d", WEXITSTATUS(status));
    else
        RECORD(name, "other %#x", status);
}

static inline size_t check_read_all(int fd, char *out, size_t size) {
    size_t n = 0;
    ssize_t r;
    while (n + 1 < size && (r = read(fd, out + n, size - 1 - n)) > 0) n += (size_t)r;
    out[n] = 0;
    if (n && out[n - 1] == '\n') out[--n] = 0;
    return n;
}

/* Runs fn (which execs a program) in a forked child whose stdout is a
 * pipe, and records what the child printed as "<name>.output" and its
 * status as "<name>.status". If fn returns, the exec failed: the child
 * prints "exec failed <errno>" and exits with 70 (under WASIX, exit codes
 * above 78 arrive as 79, so the errno is not sent as a code). The output
 * is also left in out when out is not null. */
static inline void check_capture(const char *name, void (*fn)(void), char *out, size_t size) {
    char key[128], text[512];
    int p[2];
    CHECK(pipe(p) == 0);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(p[1], 1);
        close(p[0]);
        close(p[1]);
        fn();
        printf("exec failed %s\n", check_errno_name(errno));
        fflush(stdout);
        _exit(70);
    }
    close(p[1]);
    check_read_all(p[0], text, sizeof text);
    close(p[0]);
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid);
    if (out) snprintf(out, size, "%s", text);
    else {
        snprintf(key, sizeof key, "%s.output", name);
        RECORD(key, "%s", text);
    }
    snprintf(key, sizeof key, "%s.status", name);
    RECORD(key, "exited=%d code=%d", WIFEXITED(status), WEXITSTATUS(status));
}

/* Runs fn in a forked child (which then exits with 0) and records how the
 * child ended as "name: exited N" (check_record_status): for calls whose
 * effect must stay in a process of its own (its group, its nice value). */
static inline void check_in_child(const char *name, void (*fn)(void)) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        fn();
        fflush(stdout);
        _exit(0);
    }
    check_record_status(name, pid);
}

/* Between check_stderr_begin() and check_stderr_end(name), what the program
 * writes to stderr goes to <scratch>/stderr.txt; the end records it as
 * "name: text" with each newline shown as '|'. */
static int check_stderr_file_ = -1, check_stderr_saved_ = -1;
static inline void check_stderr_begin(void) {
    char path[1024];
    snprintf(path, sizeof path, "%s/stderr.txt", check_scratch_dir);
    fflush(stderr);
    check_stderr_file_ = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    check_stderr_saved_ = dup(2);
    CHECK(check_stderr_file_ >= 0 && check_stderr_saved_ >= 0 && dup2(check_stderr_file_, 2) == 2);
}
static inline void check_stderr_end(const char *name) {
    char buf[256];
    fflush(stderr);
    dup2(check_stderr_saved_, 2);
    close(check_stderr_saved_);
    CHECK(lseek(check_stderr_file_, 0, SEEK_SET) == 0);
    ssize_t n = read(check_stderr_file_, buf, sizeof buf - 1);
    close(check_stderr_file_);
    buf[n > 0 ? n : 0] = 0;
    for (char *c = buf; *c; c++)
        if (*c == '\n') *c = '|';
    RECORD(name, "%s", buf);
}

/* The working directory below base ("." for base itself, the whole path
 * when it is not below base), for records that must not show the scratch
 * directory's own path. The buffer is per thread. */
static inline const char *check_cwd_below(const char *base) {
    static _Thread_local char buf[1024];
    if (!getcwd(buf, sizeof buf)) return check_errno_name(errno);
    size_t n = strlen(base);
    if (strncmp(buf, base, n) != 0 || (buf[n] && buf[n] != '/')) return buf;
    return buf[n] ? buf + n + 1 : ".";
}

/* Signal counting: check_count_signal is a handler that counts each
 * signal in check_signal_hits[]; check_wait_signal waits (in short sleeps,
 * at most ms milliseconds) until sig was counted n times. */
static volatile sig_atomic_t check_signal_hits[65];
static inline void check_count_signal(int sig) {
    if (sig > 0 && sig < 65) check_signal_hits[sig]++;
}
static inline int check_wait_signal(int sig, int n, int ms) {
    long long end = check_now_ms() + ms;
    while (check_signal_hits[sig] < n && check_now_ms() < end) check_sleep_ms(2);
    return check_signal_hits[sig] >= n;
}

/* For the waits that take a signal mask (ppoll, pselect, epoll_pwait):
 * counts SIGUSR1 with check_count_signal, blocks it, raises it (so it is
 * pending) and puts the mask without SIGUSR1 in open_mask. */
static inline void check_usr1_pending(sigset_t *open_mask) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = check_count_signal;
    CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
    sigset_t usr1;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    CHECK(sigprocmask(SIG_BLOCK, &usr1, NULL) == 0);
    CHECK(raise(SIGUSR1) == 0);
    sigprocmask(SIG_BLOCK, NULL, open_mask);
    sigdelset(open_mask, SIGUSR1);
}

/* Whether SIGUSR1 is blocked now (1) or not (0). */
static inline int check_usr1_blocked(void) {
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    return sigismember(&cur, SIGUSR1);
}

/* The last line of every test; differential.py requires it (a test that stops
 * early, e.g. by a trap, has none). */
static inline int check_done(void) {
    printf("END %d checks passed, %d failed\n", check_passes, check_failures);
    fflush(stdout);
    return check_failures ? 1 : 0;
}

#endif
