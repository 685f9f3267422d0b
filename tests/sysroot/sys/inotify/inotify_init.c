/* inotify_init()/inotify_init1()/inotify_add_watch()/inotify_rm_watch():
 * on Linux a watch reports a file created in the watched directory; WASIX
 * has no file-change notification and fails every call with ENOSYS
 * (known-differences.txt). Bad descriptors and flags. */
#include <sys/inotify.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    int in = CALL_FD("inotify_init1.nonblock", inotify_init1(IN_NONBLOCK | IN_CLOEXEC));
    int wd = (int)CALL("add_watch", inotify_add_watch(in, dir, IN_CREATE));
    char path[512];
    snprintf(path, sizeof path, "%s/created", dir);
    int f = open(path, O_CREAT | O_WRONLY, 0644);
    CHECK(f >= 0);
    close(f);
    char buf[4096] __attribute__((aligned(8)));
    ssize_t n = read(in, buf, sizeof buf);
    RECORD("event", "%s", n > 0 && (((struct inotify_event *)buf)->mask & IN_CREATE) ? "IN_CREATE" : "none");
    CALL("rm_watch", inotify_rm_watch(in, wd));
    if (in >= 0) close(in);
    int i2 = CALL_FD("inotify_init", inotify_init());
    if (i2 >= 0) close(i2);
    CALL("inotify_init1.bad_flags", inotify_init1(0x7000000));
    CALL("add_watch.bad_fd", inotify_add_watch(12345, dir, IN_ALL_EVENTS));
    CALL("rm_watch.bad_fd", inotify_rm_watch(12345, 1));
    return check_done();
}
