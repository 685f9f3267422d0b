/* symlink() and symlinkat(): an empty target (ENOENT, no link made), a
 * link path that exists as a file, directory, link or dangling link
 * (EEXIST), below a missing directory (ENOENT) or below a regular file
 * (ENOTDIR), with a trailing slash; links that are made read back with
 * readlink. In the scratch directory (a host directory under WASIX) and in
 * /tmp (the runtime's in-memory file system under WASIX). */
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static char g_tmp[64]; /* our directory in /tmp */

static const char *in(const char *dir, const char *name) {
    static char buf[4][600];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof buf[i], "%s/%s", dir, name);
    return buf[i];
}

/* "dir", "file", "link:<target>" or "missing". */
static const char *what(const char *path) {
    static char buf[128];
    struct stat st;
    if (lstat(path, &st) != 0) return "missing";
    if (S_ISDIR(st.st_mode)) return "dir";
    if (!S_ISLNK(st.st_mode)) return "file";
    char target[64] = {0};
    (void)!readlink(path, target, sizeof target - 1);
    snprintf(buf, sizeof buf, "link:%s", target);
    return buf;
}

static void run(const char *p, const char *base) {
    char dir[600], key[96];
    snprintf(dir, sizeof dir, "%s/links", base);
    CHECK(mkdir(dir, 0755) == 0);
    int fd = open(in(dir, "file"), O_CREAT | O_WRONLY, 0644);
    CHECK(fd >= 0);
    close(fd);
    CHECK(mkdir(in(dir, "sub"), 0755) == 0);
    CHECK(symlink("file", in(dir, "link")) == 0);
    CHECK(symlink("nowhere", in(dir, "dangling")) == 0);

#define SL(name, target, linkname)                              \
    do {                                                        \
        snprintf(key, sizeof key, "%s.%s", p, name);            \
        CALL(key, symlink(target, in(dir, linkname)));          \
        snprintf(key, sizeof key, "%s.%s.after", p, name);      \
        RECORD(key, "%s", what(in(dir, linkname)));             \
    } while (0)

    SL("empty_target", "", "l_empty");
    SL("ok", "file", "l_ok");
    SL("dangling", "nowhere/at/all", "l_dangling");
    SL("to_dir", "sub", "l_dir");
    SL("onto_file", "x", "file");
    SL("onto_dir", "x", "sub");
    SL("onto_link", "x", "link");
    SL("onto_dangling", "x", "dangling");
    SL("in_missing_dir", "x", "nope/l");
    SL("below_file", "x", "file/l");
    SL("in_subdir", "../file", "sub/l");
    SL("through_link_to_dir", "x", "l_dir/l2");

    /* symlinkat with a descriptor of the directory */
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    CHECK(dfd >= 0);
    snprintf(key, sizeof key, "%s.at.ok", p);
    CALL(key, symlinkat("file", dfd, "at_ok"));
    snprintf(key, sizeof key, "%s.at.ok.after", p);
    RECORD(key, "%s", what(in(dir, "at_ok")));
    snprintf(key, sizeof key, "%s.at.empty_target", p);
    CALL(key, symlinkat("", dfd, "at_empty"));
    snprintf(key, sizeof key, "%s.at.empty_target.after", p);
    RECORD(key, "%s", what(in(dir, "at_empty")));
    snprintf(key, sizeof key, "%s.at.empty_path", p);
    CALL(key, symlinkat("file", dfd, ""));
    snprintf(key, sizeof key, "%s.at.trailing_slash", p);
    CALL(key, symlinkat("file", dfd, "at_slash/"));
    snprintf(key, sizeof key, "%s.at.trailing_slash.after", p);
    RECORD(key, "%s", what(in(dir, "at_slash")));
    snprintf(key, sizeof key, "%s.at.below_file", p);
    CALL(key, symlinkat("x", dfd, "file/l"));
    snprintf(key, sizeof key, "%s.at.exists", p);
    CALL(key, symlinkat("x", dfd, "sub"));
    close(dfd);
#undef SL
}

/* Removes what a run left in dir (files, links and directories). */
static void remove_tree(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char path[1024];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) remove_tree(path);
        else unlink(path);
    }
    closedir(d);
    rmdir(dir);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    run("scratch", check_scratch_dir);
    /* /tmp is shared on Linux: a directory of our own, removed at the end */
    snprintf(g_tmp, sizeof g_tmp, "/tmp/sysroot-symlink-%d", (int)getpid());
    remove_tree(g_tmp);
    CHECK(mkdir(g_tmp, 0755) == 0);
    run("tmp", g_tmp);
    remove_tree(g_tmp);
    return check_done();
}
