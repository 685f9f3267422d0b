// ro_mounts.cpp - EROFS for a change under a read-only mount.
//
// QUIRKS.md, "read-only mounts say EPERM": the runtime refuses changes on a
// `wasix-run --dir HOST:GUEST:ro` mount with EPERM where Linux says EROFS,
// and lets some through. wasi-libc reaches the runtime's path calls through
// its __wasi_* functions; the drivers link with --wrap for the ones that
// change the file system, so wasi-libc's open/mkdir/unlink/rename/... call
// the wrappers below, which know the read-only mounts from the list
// wasix-run writes to /workspace/.wasix-run/ro (one guest path per line).
#include "__support/ro_mounts.hpp"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>
#include <wasi/libc-find-relpath.h>

#include "__support/runner_dir.hpp"

extern "C" {
__wasi_errno_t __real___wasi_path_open(__wasi_fd_t, __wasi_lookupflags_t, const char*, __wasi_oflags_t,
                                       __wasi_rights_t, __wasi_rights_t, __wasi_fdflags_t, __wasi_fd_t*);
__wasi_errno_t __real___wasi_path_create_directory(__wasi_fd_t, const char*);
__wasi_errno_t __real___wasi_path_remove_directory(__wasi_fd_t, const char*);
__wasi_errno_t __real___wasi_path_unlink_file(__wasi_fd_t, const char*);
__wasi_errno_t __real___wasi_path_rename(__wasi_fd_t, const char*, __wasi_fd_t, const char*);
__wasi_errno_t __real___wasi_path_link(__wasi_fd_t, __wasi_lookupflags_t, const char*, __wasi_fd_t, const char*);
__wasi_errno_t __real___wasi_path_symlink(const char*, __wasi_fd_t, const char*);
__wasi_errno_t __real___wasi_path_filestat_set_times(__wasi_fd_t, __wasi_lookupflags_t, const char*,
                                                     __wasi_timestamp_t, __wasi_timestamp_t, __wasi_fstflags_t);
}

namespace {

// The list from /workspace/.wasix-run/ro, read once: NUL-separated guest paths, an
// empty list when there is none. Written before any thread could race on
// it only in the sense that two first readers both read the same file.
char* g_list;
size_t g_list_len;
int g_loaded;

void load_list() {
    if (__atomic_load_n(&g_loaded, __ATOMIC_ACQUIRE)) return;
    char* list = nullptr;
    size_t len = 0;
    __wasi_fd_t root;
    // Resolved through the preopens as open() would, without going through
    // open() itself (which is wrapped, and may be what is failing).
    const char* rel = nullptr;
    const char* prefix = nullptr;
    const int dirfd = __wasilibc_find_abspath(WASIX_RUNNER_DIR "/ro", &prefix, &rel);
    if (dirfd >= 0 &&
        __real___wasi_path_open(static_cast<__wasi_fd_t>(dirfd), 0, rel, 0, __WASI_RIGHTS_FD_READ, 0, 0, &root) == 0) {
        char buf[4096];
        __wasi_iovec_t iov = {reinterpret_cast<uint8_t*>(buf), sizeof buf};
        __wasi_size_t n = 0;
        if (__wasi_fd_read(root, &iov, 1, &n) == 0 && n > 0 && n < sizeof buf) {
            list = static_cast<char*>(malloc(n + 1));
            if (list) {
                memcpy(list, buf, n);
                list[n] = '\n';
                for (size_t i = 0; i <= n; i++)
                    if (list[i] == '\n') list[i] = '\0';
                len = n + 1;
            }
        }
        (void)__wasi_fd_close(root);
    }
    int expected = 0;
    if (__atomic_compare_exchange_n(&g_loaded, &expected, 1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        g_list = list;
        g_list_len = len;
    } else {
        free(list);
    }
}

// Whether the path (fd, path) names lies under a read-only mount. fd is a
// preopened directory (wasi-libc resolves every path to one): its name is
// the absolute prefix.
bool under_ro_mount(__wasi_fd_t fd, const char* path) {
    load_list();
    if (!g_list_len) return false;
    __wasi_prestat_t pre;
    if (__wasi_fd_prestat_get(fd, &pre) != 0 || pre.tag != __WASI_PREOPENTYPE_DIR) return false;
    const size_t plen = pre.u.dir.pr_name_len;
    const size_t rlen = strlen(path);
    char* abs = static_cast<char*>(malloc(plen + 1 + rlen + 1));
    if (!abs) return false;
    bool ro = false;
    if (__wasi_fd_prestat_dir_name(fd, reinterpret_cast<uint8_t*>(abs), plen) == 0) {
        size_t n = plen;
        while (n > 0 && abs[n - 1] == '/') n--;
        abs[n++] = '/';
        memcpy(abs + n, path, rlen + 1);
        for (size_t i = 0; i < g_list_len && !ro; i += strlen(g_list + i) + 1) {
            const char* mount = g_list + i;
            const size_t mlen = strlen(mount);
            ro = mlen > 1 && strncmp(abs, mount, mlen) == 0 && (abs[mlen] == '/' || abs[mlen] == '\0');
        }
    }
    free(abs);
    return ro;
}

}  // namespace

bool wasix_libc::on_ro_mount(int fd, const char* path) noexcept {
    return under_ro_mount(static_cast<__wasi_fd_t>(fd), path);
}

extern "C" {

// An open may only read: ask the list only once the runtime said EPERM.
__wasi_errno_t __wrap___wasi_path_open(__wasi_fd_t fd, __wasi_lookupflags_t dirflags, const char* path,
                                       __wasi_oflags_t oflags, __wasi_rights_t base, __wasi_rights_t inheriting,
                                       __wasi_fdflags_t fdflags, __wasi_fd_t* out) {
    const __wasi_errno_t r = __real___wasi_path_open(fd, dirflags, path, oflags, base, inheriting, fdflags, out);
    return r == __WASI_ERRNO_PERM && under_ro_mount(fd, path) ? __WASI_ERRNO_ROFS : r;
}

// The others always change something: refused before the runtime is asked,
// which would also let some through (a symlink is made in the runtime's own
// file system, never on the host; times are ignored) or answer ENOENT for a
// directory it has not looked up yet.
__wasi_errno_t __wrap___wasi_path_create_directory(__wasi_fd_t fd, const char* path) {
    if (under_ro_mount(fd, path)) return __WASI_ERRNO_ROFS;
    return __real___wasi_path_create_directory(fd, path);
}

__wasi_errno_t __wrap___wasi_path_remove_directory(__wasi_fd_t fd, const char* path) {
    if (under_ro_mount(fd, path)) return __WASI_ERRNO_ROFS;
    return __real___wasi_path_remove_directory(fd, path);
}

__wasi_errno_t __wrap___wasi_path_unlink_file(__wasi_fd_t fd, const char* path) {
    if (under_ro_mount(fd, path)) return __WASI_ERRNO_ROFS;
    return __real___wasi_path_unlink_file(fd, path);
}

__wasi_errno_t __wrap___wasi_path_rename(__wasi_fd_t fd, const char* old_path, __wasi_fd_t new_fd,
                                         const char* new_path) {
    if (under_ro_mount(fd, old_path) || under_ro_mount(new_fd, new_path)) return __WASI_ERRNO_ROFS;
    return __real___wasi_path_rename(fd, old_path, new_fd, new_path);
}

__wasi_errno_t __wrap___wasi_path_link(__wasi_fd_t old_fd, __wasi_lookupflags_t old_flags, const char* old_path,
                                       __wasi_fd_t new_fd, const char* new_path) {
    if (under_ro_mount(new_fd, new_path)) return __WASI_ERRNO_ROFS;
    return __real___wasi_path_link(old_fd, old_flags, old_path, new_fd, new_path);
}

__wasi_errno_t __wrap___wasi_path_symlink(const char* old_path, __wasi_fd_t fd, const char* new_path) {
    if (under_ro_mount(fd, new_path)) return __WASI_ERRNO_ROFS;
    return __real___wasi_path_symlink(old_path, fd, new_path);
}

// Setting no time at all (both UTIME_OMIT) changes nothing and is allowed.
__wasi_errno_t __wrap___wasi_path_filestat_set_times(__wasi_fd_t fd, __wasi_lookupflags_t flags, const char* path,
                                                     __wasi_timestamp_t atim, __wasi_timestamp_t mtim,
                                                     __wasi_fstflags_t fst_flags) {
    if (fst_flags != 0 && under_ro_mount(fd, path)) return __WASI_ERRNO_ROFS;
    return __real___wasi_path_filestat_set_times(fd, flags, path, atim, mtim, fst_flags);
}

}  // extern "C"
