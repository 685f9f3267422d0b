/*
 * statvfs.c - file-system statistics. Neither WASI nor WASIX has a call for
 * them, so both functions fail with ENOSYS. They exist so that code using
 * them links, notably libc++'s std::filesystem::space.
 */
#include <errno.h>
#include <sys/statvfs.h>

int statvfs(const char *restrict path, struct statvfs *restrict buf)
{
	(void)path;
	(void)buf;
	errno = ENOSYS;
	return -1;
}

int fstatvfs(int fd, struct statvfs *buf)
{
	(void)fd;
	(void)buf;
	errno = ENOSYS;
	return -1;
}
