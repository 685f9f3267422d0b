/* WASIX SDK: <unistd.h> = wasi-libc's header (moved to
 * <__wasilibc/unistd.h> by the build hook) plus the process, descriptor and
 * terminal functions it hides because plain WASI lacks them. */
#ifndef _WASIX_UNISTD_H
#define _WASIX_UNISTD_H

/* getpid is real under WASIX (proc_id): take wasi-libc's plain declaration
 * instead of its "deprecated" one. */
#ifndef _WASI_EMULATED_GETPID
#define _WASI_EMULATED_GETPID 1
#endif
#include <__wasilibc/unistd.h>

#ifdef __cplusplus
extern "C" {
#endif

int pipe(int [2]);
int pipe2(int [2], int);
int dup(int);
int dup2(int, int);
int dup3(int, int, int);
int fchdir(int);

unsigned alarm(unsigned);
int pause(void);

pid_t fork(void);
pid_t vfork(void);
int execve(const char *, char *const [], char *const []);
int execv(const char *, char *const []);
int execle(const char *, const char *, ...);
int execl(const char *, const char *, ...);
int execvp(const char *, char *const []);
int execlp(const char *, const char *, ...);
int execvpe(const char *, char *const [], char *const []);
int fexecve(int, char *const [], char *const []);
_Noreturn void _exit(int);

/* vfork(): the child runs in the parent's memory and on its stack (WASIX
 * proc_fork_env: no copy, no asyncify) until it calls _exit or an exec
 * succeeds; then the parent returns from vfork with the child's pid. That
 * second return needs a setjmp in the caller's own frame, hence the macro
 * (sysroot/src/__support/vfork.hpp). Define __WASIX_NO_VFORK_MACRO to make
 * vfork() an ordinary call, which is fork(). */
#if !defined(__WASIX_NO_VFORK_MACRO) && !defined(vfork)
struct __jmp_buf_tag;
int setjmp(struct __jmp_buf_tag *) __attribute__((__returns_twice__));
struct __jmp_buf_tag *__wasix_vfork_enter(void (*)(void *, int));
pid_t __wasix_vfork_leave(int);
#ifdef __wasm_exception_handling__
void __wasix_vfork_eh_longjmp(void *, int);
#define __WASIX_VFORK_JUMP __wasix_vfork_eh_longjmp
#else
void __wasix_vfork_longjmp(void *, int);
#define __WASIX_VFORK_JUMP __wasix_vfork_longjmp
#endif
#define vfork() __wasix_vfork_leave(setjmp(__wasix_vfork_enter(__WASIX_VFORK_JUMP)))
#endif

pid_t getpid(void);
pid_t getppid(void);
pid_t getpgrp(void);
pid_t getpgid(pid_t);
int setpgid(pid_t, pid_t);
pid_t setsid(void);
pid_t getsid(pid_t);
int setpgrp(void);
pid_t tcgetpgrp(int);
int tcsetpgrp(int, pid_t);

char *ttyname(int);
int ttyname_r(int, char *, size_t);

/* One user: the layer answers with a fixed identity (README, "What the
 * libc provides"); changing it fails with EPERM as for an unprivileged
 * user. */
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int setuid(uid_t);
int seteuid(uid_t);
int setgid(gid_t);
int setegid(gid_t);
int getgroups(int, gid_t []);
char *getlogin(void);
int getlogin_r(char *, size_t);
int gethostname(char *, size_t);
int sethostname(const char *, size_t);
int getdomainname(char *, size_t);
int setdomainname(const char *, size_t);

/* Record locks (musl's lockf over fcntl, sysroot/src/fcntl/fcntl.cpp). */
int lockf(int, int, off_t);

/* Files and the process (sysroot/src/unistd/): chown and chroot fail as for
 * an unprivileged user, sync has nothing to flush. */
int chown(const char *, uid_t, gid_t);
int fchown(int, uid_t, gid_t);
int lchown(const char *, uid_t, gid_t);
int fchownat(int, const char *, uid_t, gid_t, int);
int chroot(const char *);
int nice(int);
void sync(void);
int syncfs(int);
int daemon(int, int);
char *get_current_dir_name(void);

#ifdef __cplusplus
}
#endif

#endif
