// exec_image.cpp - see exec_image.hpp.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "__support/abspath.hpp"
#include "__support/exec_image.hpp"
#include "__support/stdio_merge.hpp"

namespace wasix_libc {
namespace {

// "a\nb\nc" from a null-terminated vector; null on allocation failure.
// Elements containing a newline cannot be passed: EINVAL. (The runtime drops
// what ends the text empty: an empty last element is lost, and no newline
// added here keeps it.)
char* join(char* const* v, int* err) {
    size_t len = 1;
    for (char* const* p = v; p && *p; ++p) {
        if (strchr(*p, '\n')) {
            *err = EINVAL;
            return nullptr;
        }
        len += strlen(*p) + 1;
    }
    char* out = static_cast<char*>(malloc(len));
    if (!out) {
        *err = ENOMEM;
        return nullptr;
    }
    size_t n = 0;
    for (char* const* p = v; p && *p; ++p) {
        if (p != v) out[n++] = '\n';
        const size_t l = strlen(*p);
        memcpy(out + n, *p, l);
        n += l;
    }
    out[n] = '\0';
    return out;
}

// The runtime ends the calling process (exit status 45) when asked to exec
// something that is not a valid wasm module (QUIRKS.md, "exec of a
// non-module"), where Linux returns ENOEXEC. So the file is checked first:
// the magic and version, then the section headers must tile the file
// exactly (each a known id and a LEB128 size that stays inside the file).
// This catches text files and truncated or corrupt modules; a module whose
// section contents are invalid still reaches the runtime.
int read_byte(int fd, unsigned char* b) { return read(fd, b, 1) == 1 ? 0 : -1; }

int read_leb_u32(int fd, uint32_t* out) {
    uint32_t value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        unsigned char b;
        if (read_byte(fd, &b)) return -1;
        value |= static_cast<uint32_t>(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *out = value;
            return 0;
        }
    }
    return -1;
}

int check_module(const char* path) {
    const int fd = open(path, O_RDONLY);
    if (fd < 0) return errno;
    const off_t size = lseek(fd, 0, SEEK_END);
    unsigned char head[8] = {};
    bool ok = size >= 8 && lseek(fd, 0, SEEK_SET) == 0 && read(fd, head, sizeof head) == 8 &&
              memcmp(head, "\0asm\1\0\0\0", 8) == 0;
    off_t pos = 8;
    while (ok && pos < size) {
        unsigned char id;
        uint32_t len;
        ok = read_byte(fd, &id) == 0 && id <= 13 && read_leb_u32(fd, &len) == 0;
        if (!ok) break;
        pos = lseek(fd, 0, SEEK_CUR);
        ok = pos >= 0 && static_cast<off_t>(len) <= size - pos;
        if (ok) pos = lseek(fd, static_cast<off_t>(len), SEEK_CUR);
    }
    close(fd);
    return ok && pos == size ? 0 : ENOEXEC;
}

}  // namespace

void exec_image::clear() noexcept {
    free(path);
    free(args);
    free(envs);
    path = args = envs = nullptr;
}

int exec_prepare(const char* path, char* const argv[], char* const envp[], exec_image* img, bool same_stdio) {
    img->clear();
    int err = __wasix_abspath(path, &img->path);
    if (err) return err;
    struct stat st;
    if (stat(img->path, &st) != 0) return errno;
    if (!S_ISREG(st.st_mode)) return EACCES;
    if ((err = check_module(img->path))) return err;
    img->args = join(argv, &err);
    if (!err) img->envs = join(envp, &err);
    // The new program writes stderr through stdout too (stdio_merge.hpp).
    if (!err && same_stdio && stdio_merged()) err = exec_add_env(img, stdio_merge_env);
    return err;
}

int exec_add_env(exec_image* img, const char* entry) noexcept {
    const size_t n = strlen(img->envs), len = strlen(entry);
    char* more = static_cast<char*>(realloc(img->envs, n + len + 2));
    if (!more) return ENOMEM;
    img->envs = more;
    if (n) more[n] = '\n';
    memcpy(more + (n ? n + 1 : 0), entry, len + 1);
    return 0;
}

int exec_search(const char* file, int (*try_one)(const char* candidate, void* ctx), void* ctx) {
    if (!*file) return ENOENT;
    if (strchr(file, '/')) return try_one(file, ctx);
    const char* path = getenv("PATH");
    if (!path) path = "/bin:/usr/bin";
    const size_t flen = strlen(file);
    bool seen_eacces = false;
    for (const char* p = path;; ++p) {
        const char* end = strchr(p, ':');
        if (!end) end = p + strlen(p);
        const size_t dlen = static_cast<size_t>(end - p);
        char buf[PATH_MAX];
        if (dlen + 1 + flen < sizeof buf) {
            memcpy(buf, p, dlen);
            size_t n = dlen;
            if (n == 0) buf[n++] = '.';  // an empty element is the cwd
            buf[n++] = '/';
            memcpy(buf + n, file, flen + 1);
            const int err = try_one(buf, ctx);
            if (err == 0) return 0;
            if (err == EACCES) seen_eacces = true;
            else if (err != ENOENT && err != ENOTDIR) return err;
        }
        if (!*end) break;
        p = end;
    }
    return seen_eacces ? EACCES : ENOENT;
}

}  // namespace wasix_libc
