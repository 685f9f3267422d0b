/* WASIX SDK: <sys/statfs.h> (wasi-libc leaves it out): statfs/fstatfs with
 * Linux's struct, filled from statvfs (sysroot/src/sys/statfs/). */
#ifndef _SYS_STATFS_H
#define _SYS_STATFS_H

#include <sys/statvfs.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct __fsid_t { int __val[2]; } fsid_t;

struct statfs {
	unsigned long f_type, f_bsize;
	fsblkcnt_t f_blocks, f_bfree, f_bavail;
	fsfilcnt_t f_files, f_ffree;
	fsid_t f_fsid;
	unsigned long f_namelen, f_frsize, f_flags, f_spare[4];
};

int statfs(const char *, struct statfs *);
int fstatfs(int, struct statfs *);

#ifdef __cplusplus
}
#endif

#endif
