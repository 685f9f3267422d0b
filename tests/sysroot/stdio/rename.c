/* rename() and renameat(): onto a file, a directory, an empty and a
 * non-empty directory, a link, the same file, below a file,
 * missing paths, trailing slashes (renameat with a directory descriptor).
 * Each case starts from a fresh set of files, and what is left afterwards is
 * recorded too: a refused rename must destroy nothing. The cases run in the
 * scratch directory (a host directory under WASIX) and in /tmp (the
 * runtime's in-memory file system under WASIX). */
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static char g_case[512];  /* the directory of the current case */
static int g_cases;
static char g_tmp[64];    /* our directory in /tmp */

static const char *at(const char *name) {
    static char buf[4][600];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof buf[i], "%s/%s", g_case, name);
    return buf[i];
}

static void write_file(const char *path, const char *data) {
    int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
    CHECK(fd >= 0);
    CHECK(write(fd, data, strlen(data)) == (ssize_t)strlen(data));
    close(fd);
}

/* base/cN with: f1 "one", f2 "two", d1/ holding x, d2/ holding y, empty
 * e1/ and e2/, ld -> d1 (a link to a directory), lf -> f2. */
static void fresh(const char *base) {
    snprintf(g_case, sizeof g_case, "%s/c%d", base, g_cases++);
    CHECK(mkdir(g_case, 0755) == 0);
    write_file(at("f1"), "one");
    write_file(at("f2"), "two");
    CHECK(mkdir(at("d1"), 0755) == 0);
    write_file(at("d1/x"), "x");
    CHECK(mkdir(at("d2"), 0755) == 0);
    write_file(at("d2/y"), "y");
    CHECK(mkdir(at("e1"), 0755) == 0);
    CHECK(mkdir(at("e2"), 0755) == 0);
    CHECK(symlink("d1", at("ld")) == 0);
    CHECK(symlink("f2", at("lf")) == 0);
}

/* "dir", "file:<content>", "link" or "missing"; the content is read by
 * name, so a name still resolved through a replaced link shows. */
static const char *what(const char *name) {
    static char buf[4][64];
    static int i;
    struct stat st;
    i = (i + 1) % 4;
    if (lstat(at(name), &st) != 0) return "missing";
    if (S_ISDIR(st.st_mode)) return "dir";
    if (S_ISLNK(st.st_mode)) return "link";
    int fd = open(at(name), O_RDONLY);
    char data[16] = {0};
    if (fd >= 0) {
        (void)!read(fd, data, sizeof data - 1);
        close(fd);
    }
    snprintf(buf[i], sizeof buf[i], "file:%s", data);
    return buf[i];
}

static void after(const char *key, const char *a, const char *b) {
    RECORD(key, "%s=%s %s=%s", a, what(a), b, what(b));
}

/* One rename of the case's old to new, with what is left of a and b. */
static void rn(const char *prefix, const char *name, const char *old, const char *new_, const char *a,
               const char *b) {
    char key[96];
    fresh(prefix[0] == 't' ? g_tmp : check_scratch_dir);
    snprintf(key, sizeof key, "%s.%s", prefix, name);
    CALL(key, rename(at(old), at(new_)));
    snprintf(key, sizeof key, "%s.%s.after", prefix, name);
    after(key, a, b);
}

static void run(const char *p) {
    rn(p, "dir_onto_file", "d1", "f1", "d1/x", "f1");
    rn(p, "file_onto_dir", "f1", "d1", "f1", "d1/x");
    rn(p, "file_onto_empty_dir", "f1", "e1", "f1", "e1");
    rn(p, "dir_onto_nonempty_dir", "d1", "d2", "d1/x", "d2/y");
    rn(p, "dir_onto_empty_dir", "d1", "e1", "d1", "e1/x");
    rn(p, "empty_dir_onto_empty_dir", "e1", "e2", "e1", "e2");
    rn(p, "dir_onto_link_to_dir", "e1", "ld", "e1", "ld");
    rn(p, "file_onto_link_to_dir", "f1", "ld", "f1", "ld");
    rn(p, "file_onto_link_to_file", "f1", "lf", "lf", "f2");
    rn(p, "file_onto_file", "f1", "f2", "f1", "f2");
    rn(p, "file_to_new", "f1", "n", "f1", "n");
    rn(p, "dir_to_new", "d1", "n", "d1", "n/x");
    rn(p, "file_onto_itself", "f1", "f1", "f1", "f2");
    rn(p, "dir_onto_itself", "d1", "d1", "d1", "d1/x");
    rn(p, "dir_into_itself", "d1", "d1/sub", "d1", "d1/sub");
    rn(p, "file_below_file", "f1", "f2/sub", "f1", "f2");
    rn(p, "missing", "nope", "n", "nope", "n");
    rn(p, "into_missing_dir", "f1", "nope/n", "f1", "nope");

    /* renameat with a descriptor of the case's directory */
    char key[96];
    fresh(p[0] == 't' ? g_tmp : check_scratch_dir);
    int dfd = open(g_case, O_RDONLY | O_DIRECTORY);
    CHECK(dfd >= 0);
    snprintf(key, sizeof key, "%s.renameat.dir_onto_file", p);
    CALL(key, renameat(dfd, "d1", dfd, "f1"));
    snprintf(key, sizeof key, "%s.renameat.file_onto_dir", p);
    CALL(key, renameat(dfd, "f1", dfd, "d2"));
    snprintf(key, sizeof key, "%s.renameat.dir_onto_nonempty_dir", p);
    CALL(key, renameat(dfd, "d1", dfd, "d2"));
    snprintf(key, sizeof key, "%s.renameat.file_to_slash", p);
    CALL(key, renameat(dfd, "f1", dfd, "n/"));
    snprintf(key, sizeof key, "%s.renameat.file_slash", p);
    CALL(key, renameat(dfd, "f1/", dfd, "n"));
    snprintf(key, sizeof key, "%s.renameat.dir_to_slash", p);
    CALL(key, renameat(dfd, "e1", dfd, "n/"));
    snprintf(key, sizeof key, "%s.renameat.empty", p);
    CALL(key, renameat(dfd, "", dfd, "n2"));
    snprintf(key, sizeof key, "%s.renameat.ok", p);
    CALL(key, renameat(dfd, "f1", dfd, "f3"));
    snprintf(key, sizeof key, "%s.renameat.after", p);
    RECORD(key, "d1=%s d2/y=%s f1=%s f3=%s n=%s", what("d1"), what("d2/y"), what("f1"), what("f3"), what("n"));
    close(dfd);
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
    /* /tmp is shared on Linux: a directory of our own, removed at the end */
    snprintf(g_tmp, sizeof g_tmp, "/tmp/sysroot-rename-%d", (int)getpid());
    remove_tree(g_tmp);
    CHECK(mkdir(g_tmp, 0755) == 0);
    run("scratch");
    run("tmp");
    remove_tree(g_tmp);
    return check_done();
}
