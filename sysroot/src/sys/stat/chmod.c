/*
 * chmod.c - chmod, fchmod, fchmodat. WASI files have no permission bits, so
 * there is nothing to change: the calls succeed when the file exists (and
 * fail like stat would otherwise) and ignore the mode. libc++'s filesystem
 * library calls them (permissions, copy_file).
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

int fchmodat(int fd, const char *path, mode_t mode, int flag)
{
	struct stat st;
	(void)mode;
	if (flag & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	return fstatat(fd, path, &st, flag);
}

int chmod(const char *path, mode_t mode)
{
	struct stat st;
	(void)mode;
	return stat(path, &st);
}

int fchmod(int fd, mode_t mode)
{
	struct stat st;
	(void)mode;
	return fstat(fd, &st);
}
