/* shm_open() and shm_unlink(): create, map, reopen and see the data, name
 * checks, O_EXCL, unlink of a missing object. */
#include <sys/mman.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    char name[64];
    snprintf(name, sizeof name, "/sysroot-shm-test-%d", (int)getpid());
    shm_unlink(name);
    int fd = CALL_FD("create", shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600));
    RECORD("cloexec", "%d", fcntl(fd, F_GETFD) & FD_CLOEXEC);
    CALL("ftruncate", ftruncate(fd, 4096));
    char *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    CHECK(m != MAP_FAILED);
    if (m != MAP_FAILED) {
        memcpy(m, "shared", 7);
        CALL("munmap", munmap(m, 4096));
    }
    CALL("create.again.excl", shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600));
    int again = CALL_FD("reopen", shm_open(name, O_RDONLY, 0));
    char buf[8] = {0};
    CALL("read", pread(again, buf, 7, 0));
    RECORD("data", "%s", buf);
    CALL("unlink", shm_unlink(name));
    CALL("unlink.again", shm_unlink(name));
    CALL("open.after_unlink", shm_open(name, O_RDONLY, 0));
    CALL("name.empty", shm_open("/", O_RDWR | O_CREAT, 0600));
    CALL("name.slash", shm_open("/a/b", O_RDWR | O_CREAT, 0600));
    char longname[300];
    memset(longname, 'x', sizeof longname - 1);
    longname[0] = '/';
    longname[sizeof longname - 1] = '\0';
    CALL("name.long", shm_open(longname, O_RDWR | O_CREAT, 0600));
    CALL("unlink.name.slash", shm_unlink("/a/b"));
    close(again);
    close(fd);
    return check_done();
}
