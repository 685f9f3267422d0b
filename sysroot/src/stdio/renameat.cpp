// renameat.cpp - __wasilibc_nocwd_renameat, where wasi-libc's rename() and
// renameat() arrive once both paths are relative to directory descriptors
// (replaces wasi-libc's renameat.o; rename and renameat themselves share an
// object with open, stat, mkdir, ... and stay wasi-libc's).
//
// The runtime's path_rename replaces a file by a directory, a directory by
// a file and a non-empty directory by another, destroying the replaced data
// (QUIRKS.md, "rename onto the wrong kind of file"), and after replacing a
// symbolic link it goes on following the old link ("rename onto a symbolic
// link"). Both paths are looked up first: what Linux refuses is refused
// here, and a link in the way is removed before the rename (and put back if
// the rename fails).
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/path_checks.hpp"
#include "__support/ro_mounts.hpp"

namespace {

struct plan {
    int err;            // the errno Linux answers; 0: ask the runtime
    bool nothing_to_do; // old and neu are the same file
    bool replaces_link; // neu is a symbolic link
    uint64_t link_size; // its target's length, as the runtime reports it
};

plan refuse(int err) { return plan{err, false, false, 0}; }

plan check(int oldfd, const char* old, int newfd, const char* neu) {
    using namespace wasix_libc;
    if (!*old || !*neu) return refuse(ENOENT);
    const path_kind from = path_lookup(oldfd, old);
    if (from.err) return refuse(from.err);
    if (!from.is_dir && (path_has_trailing_slash(old) || path_has_trailing_slash(neu))) return refuse(ENOTDIR);
    const path_kind to = path_lookup(newfd, neu);
    if (to.err == ENOENT) return refuse(path_parent_is_dir(newfd, neu));
    if (to.err) return refuse(to.err);
    plan p{};
    if ((oldfd == newfd && strcmp(old, neu) == 0) || (from.ino != 0 && from.dev == to.dev && from.ino == to.ino)) {
        p.nothing_to_do = true;
    } else if (from.is_dir) {
        p.err = to.is_dir ? path_dir_is_empty(newfd, neu) : ENOTDIR;
    } else if (to.is_dir) {
        p.err = EISDIR;
    } else {
        p.replaces_link = to.is_link;
        p.link_size = to.size;
    }
    return p;
}

// Renames old onto the symbolic link neu: the link is removed first and
// restored when the rename fails. 0 or a WASIX error.
wasix::errno_t rename_onto_link(int oldfd, const char* old, int newfd, const char* neu, uint64_t link_size) {
    // Some file systems report a link's size as 0: room for any path then.
    const size_t cap = link_size >= PATH_MAX ? static_cast<size_t>(link_size) + 1 : PATH_MAX + 1;
    char* target = static_cast<char*>(malloc(cap));
    if (!target) return wasix::errno_t::nomem;
    const auto len = wasix::path_readlink(wasix::fd_t{newfd}, neu, reinterpret_cast<uint8_t*>(target), cap);
    if (!len || *len >= cap) {
        free(target);
        return len ? wasix::errno_t::nametoolong : len.error();
    }
    target[*len] = '\0';
    wasix::errno_t err = wasix::errno_t::success;
    if (const auto u = wasix::path_unlink_file(wasix::fd_t{newfd}, neu); !u) {
        err = u.error();
    } else if (const auto r = wasix::path_rename(wasix::fd_t{oldfd}, old, wasix::fd_t{newfd}, neu); !r) {
        err = r.error();
        (void)wasix::path_symlink(target, wasix::fd_t{newfd}, neu);
    }
    free(target);
    return err;
}

}  // namespace

extern "C" int __wasilibc_nocwd_renameat(int oldfd, const char* old, int newfd, const char* neu) {
    if (wasix_libc::on_ro_mount(oldfd, old) || wasix_libc::on_ro_mount(newfd, neu))
        return wasix_libc::fail_posix(EROFS);
    const plan p = check(oldfd, old, newfd, neu);
    if (p.err) return wasix_libc::fail_posix(p.err);
    if (p.nothing_to_do) return 0;
    if (p.replaces_link) {
        const wasix::errno_t err = rename_onto_link(oldfd, old, newfd, neu, p.link_size);
        return err == wasix::errno_t::success ? 0 : wasix_libc::fail(err);
    }
    const auto r = wasix::path_rename(wasix::fd_t{oldfd}, old, wasix::fd_t{newfd}, neu);
    if (!r) return wasix_libc::fail(r.error());
    return 0;
}
