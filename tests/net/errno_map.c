/* Every WASIX errno code (0-80) maps to the right POSIX E* value. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

int __wasix_errno_to_posix(int wasix_code);

static const struct { int code; int posix; const char *name; } table[] = {
    {0, 0, "success"},
    {1, E2BIG, "e2big"},
    {2, EACCES, "eacces"},
    {3, EADDRINUSE, "eaddrinuse"},
    {4, EADDRNOTAVAIL, "eaddrnotavail"},
    {5, EAFNOSUPPORT, "eafnosupport"},
    {6, EAGAIN, "eagain"},
    {7, EALREADY, "ealready"},
    {8, EBADF, "ebadf"},
    {9, EBADMSG, "ebadmsg"},
    {10, EBUSY, "ebusy"},
    {11, ECANCELED, "ecanceled"},
    {12, ECHILD, "echild"},
    {13, ECONNABORTED, "econnaborted"},
    {14, ECONNREFUSED, "econnrefused"},
    {15, ECONNRESET, "econnreset"},
    {16, EDEADLK, "edeadlk"},
    {17, EDESTADDRREQ, "edestaddrreq"},
    {18, EDOM, "edom"},
    {19, EDQUOT, "edquot"},
    {20, EEXIST, "eexist"},
    {21, EFAULT, "efault"},
    {22, EFBIG, "efbig"},
    {23, EHOSTUNREACH, "ehostunreach"},
    {24, EIDRM, "eidrm"},
    {25, EILSEQ, "eilseq"},
    {26, EINPROGRESS, "einprogress"},
    {27, EINTR, "eintr"},
    {28, EINVAL, "einval"},
    {29, EIO, "eio"},
    {30, EISCONN, "eisconn"},
    {31, EISDIR, "eisdir"},
    {32, ELOOP, "eloop"},
    {33, EMFILE, "emfile"},
    {34, EMLINK, "emlink"},
    {35, EMSGSIZE, "emsgsize"},
    {36, EMULTIHOP, "emultihop"},
    {37, ENAMETOOLONG, "enametoolong"},
    {38, ENETDOWN, "enetdown"},
    {39, ENETRESET, "enetreset"},
    {40, ENETUNREACH, "enetunreach"},
    {41, ENFILE, "enfile"},
    {42, ENOBUFS, "enobufs"},
    {43, ENODEV, "enodev"},
    {44, ENOENT, "enoent"},
    {45, ENOEXEC, "enoexec"},
    {46, ENOLCK, "enolck"},
    {47, ENOLINK, "enolink"},
    {48, ENOMEM, "enomem"},
    {49, ENOMSG, "enomsg"},
    {50, ENOPROTOOPT, "enoprotoopt"},
    {51, ENOSPC, "enospc"},
    {52, ENOSYS, "enosys"},
    {53, ENOTCONN, "enotconn"},
    {54, ENOTDIR, "enotdir"},
    {55, ENOTEMPTY, "enotempty"},
    {56, ENOTRECOVERABLE, "enotrecoverable"},
    {57, ENOTSOCK, "enotsock"},
    {58, ENOTSUP, "enotsup"},
    {59, ENOTTY, "enotty"},
    {60, ENXIO, "enxio"},
    {61, EOVERFLOW, "eoverflow"},
    {62, EOWNERDEAD, "eownerdead"},
    {63, EPERM, "eperm"},
    {64, EPIPE, "epipe"},
    {65, EPROTO, "eproto"},
    {66, EPROTONOSUPPORT, "eprotonosupport"},
    {67, EPROTOTYPE, "eprototype"},
    {68, ERANGE, "erange"},
    {69, EROFS, "erofs"},
    {70, ESPIPE, "espipe"},
    {71, ESRCH, "esrch"},
    {72, ESTALE, "estale"},
    {73, ETIMEDOUT, "etimedout"},
    {74, ETXTBSY, "etxtbsy"},
    {75, EXDEV, "exdev"},
    {76, ENOTCAPABLE, "enotcapable"},
    {77, EPIPE, "shutdown"},
    {78, EFAULT, "memviolation"},
    {79, EIO, "unknown"},
    {80, EAGAIN, "pending"},
};

int main(void) {
    int failures = 0;
    unsigned n = sizeof table / sizeof table[0];
    if (n != 81) { printf("table has %u rows\n", n); return 1; }
    for (unsigned i = 0; i < n; ++i) {
        int got = __wasix_errno_to_posix(table[i].code);
        if (table[i].code != (int)i || got != table[i].posix) {
            printf("FAIL code %d (%s): got %d, want %d\n", table[i].code, table[i].name, got, table[i].posix);
            failures++;
        }
    }
    /* codes outside the WASIX range are reported as EIO */
    if (__wasix_errno_to_posix(81) != EIO || __wasix_errno_to_posix(-1) != EIO || __wasix_errno_to_posix(65535) != EIO) {
        printf("FAIL out-of-range codes\n");
        failures++;
    }
    if (failures) { printf("errno_map: %d failure(s)\n", failures); return 1; }
    printf("errno_map: OK (%u codes)\n", n);
    return 0;
}
