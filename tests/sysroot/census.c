/* The census of issue 11: one program that declares, links and calls every
 * function real programs (Lua, SQLite, Redis) needed a shim for, and
 * records what each returns. A function missing from the headers or the
 * libc fails the build of this test; one that traps fails its run. What
 * cannot be compared with Linux (the oracle runs as root; names, pids,
 * host names) is recorded as a relation or only called. What needs an
 * unprivileged user runs in a child that, natively, drops root first. */
#include <err.h>
#include <errno.h>
#include <error.h>
#include <execinfo.h>
#include <fcntl.h>
#include <grp.h>
#include <ifaddrs.h>
#include <malloc.h>
#include <netinet/in.h>
#include <pthread.h>
#include <pty.h>
#include <pwd.h>
#include <sched.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/sendfile.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/times.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static int cmp_int(const void *a, const void *b, void *arg) {
    return (*(const int *)a - *(const int *)b) * *(int *)arg;
}

static void nothing(void) {}

static void log_v(int prio, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsyslog(prio, fmt, ap);
    va_end(ap);
}

static int fd_of(const char *path, int flags) { return open(path, flags | O_CREAT, 0644); }

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512], other[512], buf[256];
    snprintf(path, sizeof path, "%s/census", dir);
    int fd = fd_of(path, O_RDWR | O_TRUNC);
    CHECK(fd >= 0);
    CHECK(write(fd, "0123456789abcdef", 16) == 16);

    /* --- temporary files ------------------------------------------------ */
    snprintf(other, sizeof other, "%s/mkstempXXXXXX", dir);
    int t = CALL_FD("mkstemp", mkstemp(other));
    close(t);
    snprintf(other, sizeof other, "%s/mkostempXXXXXX", dir);
    t = CALL_FD("mkostemp", mkostemp(other, O_CLOEXEC));
    close(t);
    snprintf(other, sizeof other, "%s/mkdtempXXXXXX", dir);
    RECORD("mkdtemp", "%d", mkdtemp(other) == other);
    char *tn = tempnam(dir, "cen");
    RECORD("tempnam", "%d", tn != NULL);
    free(tn);
    FILE *tf = tmpfile();
    RECORD("tmpfile", "%d", tf != NULL);
    if (tf) fclose(tf);
    char tnb[L_tmpnam];
    RECORD("tmpnam", "%d", tmpnam(tnb) == tnb);

    /* --- identity --------------------------------------------------------- */
    umask(022);
    RECORD("umask", "%03o", (unsigned)umask(022));
    RECORD("ids", "%d %d", getuid() == geteuid(), getgid() == getegid());
    CALL("setuid.own", setuid(getuid()));
    CALL("seteuid.own", seteuid(geteuid()));
    CALL("setgid.own", setgid(getgid()));
    CALL("setegid.own", setegid(getegid()));
    CALL("getgroups", getgroups(0, NULL));
    struct passwd *pw = getpwuid(getuid());
    RECORD("getpwuid", "%d", pw && pw->pw_uid == getuid());
    struct passwd pwb, *pwr = NULL;
    int r = getpwnam_r(pw ? pw->pw_name : "", &pwb, buf, sizeof buf, &pwr);
    RECORD("getpwnam_r", "%d %d", r, pwr != NULL);
    pw = getpwnam("root");
    RECORD("getpwnam.root", "%d", pw ? (int)pw->pw_uid : -1);
    r = getpwuid_r(0, &pwb, buf, sizeof buf, &pwr);
    RECORD("getpwuid_r.root", "%d %s", r, pwr ? pwr->pw_name : "<none>");
    struct group *gr = getgrgid(getgid());
    RECORD("getgrgid", "%d", gr && gr->gr_gid == getgid());
    gr = getgrnam("root");
    RECORD("getgrnam.root", "%d", gr ? (int)gr->gr_gid : -1);
    (void)getlogin();
    char login[64];
    (void)getlogin_r(login, sizeof login);
    CALL("gethostname", gethostname(buf, sizeof buf));
    CALL("getdomainname", getdomainname(buf, sizeof buf));
    CALL("chown.same", chown(path, (uid_t)-1, (gid_t)-1));
    CALL("fchown.same", fchown(fd, getuid(), getgid()));
    CALL("lchown.same", lchown(path, (uid_t)-1, getgid()));
    CALL("fchownat.same", fchownat(AT_FDCWD, path, (uid_t)-1, (gid_t)-1, 0));
    CALL("chown.missing", chown("/no/such/file", (uid_t)-1, (gid_t)-1));
    CALL("chroot.missing", chroot("/no/such/dir"));

    /* --- time ------------------------------------------------------------- */
    setenv("TZ", "UTC0", 1);
    tzset();
    RECORD("tzset", "%s %ld %d", tzname[0], (long)timezone, daylight);
    struct timeval tv;
    struct timezone tz = {99, 99};
    CALL("gettimeofday", gettimeofday(&tv, &tz));
    RECORD("gettimeofday.tz", "%d %d", tz.tz_minuteswest, tz.tz_dsttime);
    RECORD("clock", "%d", clock() != (clock_t)-1);
    struct tms tms;
    RECORD("times", "%d", times(&tms) != (clock_t)-1);
    struct rusage ru;
    CALL("getrusage", getrusage(RUSAGE_SELF, &ru));
    timer_t timer;
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_NONE;
    r = timer_create(CLOCK_MONOTONIC, &sev, &timer);
    RECORD("timer_create", "%s", r == 0 ? "ok" : check_errno_name(errno));
    if (r == 0) {
        struct itimerspec its;
        memset(&its, 0, sizeof its);
        CHECK(timer_settime(timer, 0, &its, NULL) == 0);
        CHECK(timer_gettime(timer, &its) == 0);
        CHECK(timer_delete(timer) == 0);
    }
    int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    RECORD("timerfd_create", "%s", tfd >= 0 ? "ok" : check_errno_name(errno));
    if (tfd >= 0) {
        struct itimerspec its;
        memset(&its, 0, sizeof its);
        CHECK(timerfd_settime(tfd, 0, &its, NULL) == 0);
        CHECK(timerfd_gettime(tfd, &its) == 0);
        close(tfd);
    }

    /* --- files -------------------------------------------------------------- */
    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0};
    CALL("fcntl.setlk", fcntl(fd, F_SETLK, &fl));
    fl.l_type = F_WRLCK;
    CALL("fcntl.getlk", fcntl(fd, F_GETLK, &fl));
    RECORD("fcntl.getlk.type", "%d", fl.l_type == F_UNLCK);
    CALL("flock", flock(fd, LOCK_EX | LOCK_NB));
    CALL("lockf", lockf(fd, F_TLOCK, 0));
    int d = open(dir, O_RDONLY | O_DIRECTORY);
    CALL("fsync.dir", fsync(d));
    CALL("fdatasync.dir", fdatasync(d));
    close(d);
    struct statfs sfs;
    CALL("statfs", statfs(dir, &sfs));
    RECORD("statfs.bsize", "%d", sfs.f_bsize > 0);
    CALL("fstatfs", fstatfs(fd, &sfs));
    sync();
    CALL("syncfs", syncfs(fd));
    CALL("syncfs.bad", syncfs(12345));
    CALL("futimes", futimes(fd, NULL));
    CALL("lutimes", lutimes(path, NULL));
    CALL("fallocate", fallocate(fd, 0, 0, 64));
    CALL("fallocate.len0", fallocate(fd, 0, 0, 0));
    snprintf(other, sizeof other, "%s/copy", dir);
    int out = fd_of(other, O_WRONLY | O_TRUNC);
    off_t off = 4;
    CALL("sendfile", sendfile(out, fd, &off, 8));
    RECORD("sendfile.offset", "%lld", (long long)off);
    close(out);
    int p[2];
    CHECK(pipe(p) == 0);
    off = 0;
    CHECK(fcntl(p[0], F_SETFL, O_NONBLOCK) == 0);
    CALL("splice", splice(fd, &off, p[1], NULL, 5, 0));
    memset(buf, 0, sizeof buf);
    CALL("splice.read", read(p[0], buf, 5));
    RECORD("splice.data", "%s", buf);
    RECORD("splice.offset", "%lld", (long long)off);
    CALL("splice.no_pipe", splice(fd, NULL, fd, NULL, 5, 0));
    close(p[0]);
    close(p[1]);
    snprintf(other, sizeof other, "%s/node", dir);
    CALL("mknod.reg", mknod(other, S_IFREG | 0600, 0));
    CALL("mknod.exists", mknod(other, S_IFREG | 0600, 0));
    snprintf(other, sizeof other, "%s/fifo", dir);
    CALL("mkfifo", mkfifo(other, 0600));
    CALL("mkfifoat.exists", mkfifoat(AT_FDCWD, path, 0600));
    snprintf(other, sizeof other, "%s/node2", dir);
    CALL("mknodat.reg", mknodat(AT_FDCWD, other, S_IFREG | 0600, 0));
    RECORD("ftok", "%d", ftok(path, 1) != (key_t)-1);
    char *cwd = get_current_dir_name();
    char cwdb[512];
    RECORD("get_current_dir_name", "%d", cwd && getcwd(cwdb, sizeof cwdb) && strcmp(cwd, cwdb) == 0);
    free(cwd);

    /* --- memory ------------------------------------------------------------ */
    char *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    RECORD("mmap.anon", "%d", m != MAP_FAILED);
    CALL("mprotect", mprotect(m, 4096, PROT_READ));
    CALL("madvise", madvise(m, 4096, MADV_NORMAL));
    CALL("msync", msync(m, 4096, MS_SYNC));
    m = mremap(m, 4096, 8192, MREMAP_MAYMOVE);
    RECORD("mremap", "%d", m != MAP_FAILED);
    CALL("munmap", munmap(m, 8192));
    char *f = mmap(NULL, 16, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    RECORD("mmap.shared", "%d", f != MAP_FAILED);
    if (f != MAP_FAILED) {
        f[0] = 'X';
        CALL("munmap.shared", munmap(f, 16));
        CHECK(pread(fd, buf, 1, 0) == 1);
        RECORD("mmap.shared.written", "%c", buf[0]);
    }
    int shm = shm_open("/census-shm", O_RDWR | O_CREAT, 0600);
    RECORD("shm_open", "%d", shm >= 0);
    close(shm);
    CALL("shm_unlink", shm_unlink("/census-shm"));
    void *v = valloc(100);
    RECORD("valloc", "%d", v != NULL);
    free(v);
    v = memalign(64, 100);
    RECORD("memalign", "%d", v != NULL && (uintptr_t)v % 64 == 0);
    free(v);
    int shmid = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
    RECORD("shmget", "%s", shmid >= 0 ? "ok" : check_errno_name(errno));
    if (shmid >= 0) {
        void *at = shmat(shmid, NULL, 0);
        CHECK(at != (void *)-1);
        if (at != (void *)-1) CHECK(shmdt(at) == 0);
        CHECK(shmctl(shmid, IPC_RMID, NULL) == 0);
    }

    int semid = semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
    RECORD("semget", "%s", semid >= 0 ? "ok" : check_errno_name(errno));
    if (semid >= 0) {
        struct sembuf op = {0, 1, 0};
        CHECK(semop(semid, &op, 1) == 0);
        CHECK(semctl(semid, 0, IPC_RMID) == 0);
    }
    int msqid = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
    RECORD("msgget", "%s", msqid >= 0 ? "ok" : check_errno_name(errno));
    if (msqid >= 0) {
        struct { long type; char text[4]; } msg = {1, "hi"};
        CHECK(msgsnd(msqid, &msg, sizeof msg.text, 0) == 0);
        CHECK(msgrcv(msqid, &msg, sizeof msg.text, 0, 0) == (ssize_t)sizeof msg.text);
        CHECK(msgctl(msqid, IPC_RMID, NULL) == 0);
    }

    /* --- threads, processes -------------------------------------------------- */
    int arr[4] = {3, 1, 2, 0}, up = 1;
    qsort_r(arr, 4, sizeof arr[0], cmp_int, &up);
    RECORD("qsort_r", "%d%d%d%d", arr[0], arr[1], arr[2], arr[3]);
    unsigned char rnd[16];
    CALL("getrandom", getrandom(rnd, sizeof rnd, 0));
    CALL("pthread_atfork", pthread_atfork(nothing, nothing, nothing));
    CALL("pthread_setname_np", pthread_setname_np(pthread_self(), "census"));
    CALL("pthread_getname_np", pthread_getname_np(pthread_self(), buf, sizeof buf));
    RECORD("pthread_getname_np.name", "%s", buf);
    CALL("prctl.set_name", prctl(PR_SET_NAME, "census-prctl"));
    CALL("prctl.get_name", prctl(PR_GET_NAME, buf));
    RECORD("prctl.name", "%s", buf);
    CALL("prctl.bad", prctl(99999, 0));
    cpu_set_t set;
    CALL("sched_getaffinity", sched_getaffinity(0, sizeof set, &set));
    CALL("sched_setaffinity", sched_setaffinity(0, sizeof set, &set));
    errno = 0;
    int prio = getpriority(PRIO_PROCESS, 0);
    RECORD("nice.0", "%d", nice(0) == prio);
    sem_t *sem = sem_open("/census-sem", O_CREAT, 0600, 1);
    RECORD("sem_open", "%d", sem != SEM_FAILED);
    if (sem != SEM_FAILED) {
        CALL("sem_wait", sem_wait(sem));
        CALL("sem_close", sem_close(sem));
    }
    CALL("sem_unlink", sem_unlink("/census-sem"));
    struct ifaddrs *ifa = NULL;
    CALL("getifaddrs", getifaddrs(&ifa));
    int lo = 0;
    for (struct ifaddrs *i = ifa; i; i = i->ifa_next)
        if (i->ifa_addr && i->ifa_addr->sa_family == AF_INET &&
            ((struct sockaddr_in *)i->ifa_addr)->sin_addr.s_addr == htonl(INADDR_LOOPBACK))
            lo = 1;
    RECORD("getifaddrs.loopback", "%d", lo);
    freeifaddrs(ifa);
    void *frames[8];
    RECORD("backtrace", "%d", backtrace(frames, 8) > 0);
    char **syms = backtrace_symbols(frames, 0);
    free(syms);
    backtrace_symbols_fd(frames, 0, 2);
    int master, slave;
    r = openpty(&master, &slave, NULL, NULL, NULL);
    RECORD("openpty", "%s", r == 0 ? "ok" : check_errno_name(errno));
    if (r != 0) r = errno;
    if (r == 0) {
        close(master);
        close(slave);
    } else {
        /* only where openpty failed: forkpty must fail the same way */
        pid_t fp = forkpty(&master, NULL, NULL, NULL);
        CHECK(fp == -1 && errno == r);
        if (fp == 0) _exit(0);
    }
    openlog("census", LOG_PID, LOG_USER);
    syslog(LOG_INFO, "census line %d", 1);
    RECORD("setlogmask", "%d", setlogmask(LOG_UPTO(LOG_ERR)) != 0);
    syslog(LOG_DEBUG, "masked out");
    log_v(LOG_ERR, "vsyslog line %s", "two");
    closelog();
    error(0, 0, "census error line");
    warnx("census warnx line");
    RECORD("errno.constants", "%d %d", ESOCKTNOSUPPORT != EPFNOSUPPORT, ESOCKTNOSUPPORT != EINVAL);
    CALL("socket.type0", socket(AF_INET, 0, 0));
    CALL("socket.seqpacket", socket(AF_INET, SOCK_SEQPACKET, 0));
    CALL("socket.type_range", socket(AF_INET, 11, 0));
    snprintf(buf, sizeof buf, "%Lf", 2.5L);
    RECORD("printf.long_double", "%s", buf);

    /* daemon: in a child, whose own child carries on detached */
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        if (daemon(1, 1) == 0) _exit(0);
        _exit(3);
    }
    int status = -1;
    CHECK(waitpid(pid, &status, 0) == pid);
    RECORD("daemon.exit", "%d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);

    /* what an unprivileged user may not do */
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        if (getuid() == 0) {
            CHECK(setgroups(0, NULL) == 0);
            CHECK(setgid(65534) == 0);
            CHECK(setuid(65534) == 0);
        }
        CALL("child.setuid.root", setuid(0));
        CALL("child.setgroups", setgroups(0, NULL));
        CALL("child.chown.root", chown(path, 0, 0));
        CALL("child.chroot", chroot("/"));
        CALL("child.sethostname", sethostname("x", 1));
        CALL("child.nice.negative", nice(-1));
        /* a directory anyone may write to: the scratch directory is root's */
        snprintf(other, sizeof other, "/tmp/census-chardev-%d", (int)getpid());
        /* device 1:3 (Linux's numbering); 0:0 would be a whiteout, which
         * Linux lets anyone make */
        CALL("child.mknod.chr", mknod(other, S_IFCHR | 0600, 259));
        fflush(stdout);
        _exit(check_failures ? 1 : 0);
    }
    CHECK(waitpid(pid, &status, 0) == pid);
    RECORD("child.exit", "%d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    close(fd);
    return check_done();
}
