/* WASIX SDK: <grp.h> (wasi-libc leaves it out). The group database is
 * /etc/group when the guest has one, else a built-in one naming root and the
 * process's own group (gid 1000, "user"): sysroot/src/grp/. */
#ifndef _GRP_H
#define _GRP_H

#include <features.h>

#define __NEED_size_t
#define __NEED_gid_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

struct group {
	char *gr_name;
	char *gr_passwd;
	gid_t gr_gid;
	char **gr_mem;
};

struct group *getgrnam(const char *);
struct group *getgrgid(gid_t);
int getgrnam_r(const char *, struct group *, char *, size_t, struct group **);
int getgrgid_r(gid_t, struct group *, char *, size_t, struct group **);
int setgroups(size_t, const gid_t *);

#ifdef __cplusplus
}
#endif

#endif
