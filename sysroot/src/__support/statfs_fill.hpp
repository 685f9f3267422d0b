// statfs_fill.hpp - struct statfs from struct statvfs.
#pragma once

#include <string.h>
#include <sys/statfs.h>

namespace wasix_libc {

// The runtime names no file-system type: f_type is 0 (no Linux magic
// number claims it).
inline void statfs_fill(const struct statvfs& v, struct statfs* out) noexcept {
    memset(out, 0, sizeof *out);
    out->f_bsize = v.f_bsize;
    out->f_frsize = v.f_frsize;
    out->f_blocks = v.f_blocks;
    out->f_bfree = v.f_bfree;
    out->f_bavail = v.f_bavail;
    out->f_files = v.f_files;
    out->f_ffree = v.f_ffree;
    out->f_namelen = v.f_namemax;
    out->f_flags = v.f_flag;
    out->f_fsid.__val[0] = static_cast<int>(v.f_fsid);
}

}  // namespace wasix_libc
