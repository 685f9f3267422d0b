/* The user and group databases: the process's own user and group are
 * found by id and by name, root exists, unknown names and ids are not
 * found (NULL, errno unchanged / 0 and a NULL result for the _r forms),
 * and a buffer too small is ERANGE. */
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct passwd *pw = getpwuid(getuid());
    RECORD("getpwuid.self", "%d", pw != NULL && pw->pw_uid == getuid());
    char name[256] = "";
    if (pw) snprintf(name, sizeof name, "%s", pw->pw_name);
    pw = getpwnam(name);
    RECORD("getpwnam.self", "%d", pw != NULL && pw->pw_uid == getuid() && pw->pw_dir && pw->pw_shell);
    pw = getpwnam("root");
    RECORD("getpwnam.root", "%d %d", pw != NULL, pw ? (int)pw->pw_uid : -1);
    pw = getpwuid(0);
    RECORD("getpwuid.root", "%s", pw ? pw->pw_name : "<none>");
    errno = 0;
    pw = getpwnam("no-such-user-here");
    RECORD("getpwnam.missing", "%d %s", pw == NULL, check_errno_name(errno));
    errno = 0;
    pw = getpwuid(3999999);
    RECORD("getpwuid.missing", "%d %s", pw == NULL, check_errno_name(errno));

    struct passwd pwbuf, *res = NULL;
    char buf[1024];
    int r = getpwnam_r("root", &pwbuf, buf, sizeof buf, &res);
    RECORD("getpwnam_r.root", "%d %d", r, res == &pwbuf);
    RECORD("getpwnam_r.root.dir", "%s", res ? res->pw_dir : "<none>");
    r = getpwuid_r(getuid(), &pwbuf, buf, sizeof buf, &res);
    RECORD("getpwuid_r.self", "%d %d", r, res && res->pw_uid == getuid());
    r = getpwnam_r("no-such-user-here", &pwbuf, buf, sizeof buf, &res);
    RECORD("getpwnam_r.missing", "%d %d", r, res == NULL);
    r = getpwuid_r(0, &pwbuf, buf, 4, &res);
    RECORD("getpwuid_r.small", "%s %d", check_errno_name(r), res == NULL);

    struct group *gr = getgrgid(getgid());
    RECORD("getgrgid.self", "%d", gr != NULL && gr->gr_gid == getgid() && gr->gr_mem != NULL);
    if (gr) snprintf(name, sizeof name, "%s", gr->gr_name);
    gr = getgrnam(name);
    RECORD("getgrnam.self", "%d", gr != NULL && gr->gr_gid == getgid());
    gr = getgrnam("root");
    RECORD("getgrnam.root", "%d", gr ? (int)gr->gr_gid : -1);
    gr = getgrgid(0);
    RECORD("getgrgid.root", "%s", gr ? gr->gr_name : "<none>");
    errno = 0;
    gr = getgrnam("no-such-group-here");
    RECORD("getgrnam.missing", "%d %s", gr == NULL, check_errno_name(errno));
    struct group grbuf, *gres = NULL;
    r = getgrnam_r("root", &grbuf, buf, sizeof buf, &gres);
    RECORD("getgrnam_r.root", "%d %d", r, gres && gres->gr_gid == 0);
    r = getgrgid_r(3999999, &grbuf, buf, sizeof buf, &gres);
    RECORD("getgrgid_r.missing", "%d %d", r, gres == NULL);
    RECORD("getgrgid_r.small", "%s", check_errno_name(getgrgid_r(0, &grbuf, buf, 2, &gres)));
    return check_done();
}
