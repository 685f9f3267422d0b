/* Errors of changes on a read-only mount, as the SDK's libc reports them.
 * Usage: ro_errno DIR OTHER
 *   DIR (read-only) holds input.txt and keep/empty/; OTHER is a writable
 *   directory. Prints "<op>: <errno name>" per attempt ("ok" if it worked),
 *   then "read: <first line of input.txt>". */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char* name(int ok) {
    if (ok) return "ok";
    switch (errno) {
    case EROFS: return "EROFS";
    case EPERM: return "EPERM";
    case EACCES: return "EACCES";
    case ENOENT: return "ENOENT";
    case EEXIST: return "EEXIST";
    case EIO: return "EIO";
    default: return strerror(errno);
    }
}

static char a[1024], b[1024];

static const char* in(const char* dir, const char* file, char* buf) {
    snprintf(buf, 1024, "%s/%s", dir, file);
    return buf;
}

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    const char* dir = argv[1];
    const char* other = argv[2];
    int fd = open(in(dir, "new.txt", a), O_WRONLY | O_CREAT, 0644);
    printf("create: %s\n", name(fd >= 0));
    fd = open(in(dir, "input.txt", a), O_WRONLY);
    printf("open_write: %s\n", name(fd >= 0));
    printf("truncate: %s\n", name(truncate(in(dir, "input.txt", a), 0) == 0));
    printf("mkdir: %s\n", name(mkdir(in(dir, "newdir", a), 0755) == 0));
    printf("rmdir: %s\n", name(rmdir(in(dir, "keep/empty", a)) == 0));
    printf("unlink: %s\n", name(unlink(in(dir, "input.txt", a)) == 0));
    printf("rename: %s\n", name(rename(in(dir, "input.txt", a), in(dir, "renamed.txt", b)) == 0));
    fd = open(in(other, "moving.txt", b), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) close(fd);
    printf("rename_into: %s\n", name(rename(in(other, "moving.txt", b), in(dir, "moved.txt", a)) == 0));
    printf("symlink: %s\n", name(symlink("input.txt", in(dir, "link", a)) == 0));
    struct timespec ts[2] = {{1, 0}, {1, 0}};
    printf("utimens: %s\n", name(utimensat(AT_FDCWD, in(dir, "input.txt", a), ts, 0) == 0));
    FILE* f = fopen(in(dir, "input.txt", a), "r");
    char line[64] = "";
    if (f) {
        if (!fgets(line, sizeof line, f)) line[0] = '\0';
        fclose(f);
    }
    line[strcspn(line, "\n")] = '\0';
    printf("read: %s\n", line);
    return 0;
}
