// mappings.cpp - the mapping records behind mmap & co (mappings.hpp).
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "__support/mutex_guard.hpp"
#include "__support/mappings.hpp"

namespace wasix_libc {
namespace {

// One heap block; munmap of a part splits a mapping, so several records
// may share a block, which is freed with the last of them.
struct block {
    void* base;
    int refs;
};

struct mapping {
    char* addr;
    size_t len;  // a multiple of the page size
    block* blk;
    int prot;
    int flags;             // MAP_SHARED or MAP_PRIVATE, MAP_ANONYMOUS
    int fd;                // own descriptor of a MAP_SHARED file mapping, else -1
    off_t off;             // file offset of addr
    unsigned char* saved;  // MAP_SHARED file: the bytes as last read/written
    mapping* next;
};

mapping* g_maps;
pthread_mutex_t g_mutex = PTHREAD_MUTEX_INITIALIZER;


void* fail_map(int e) noexcept {
    errno = e;
    return MAP_FAILED;
}

int fail_int(int e) noexcept {
    errno = e;
    return -1;
}

bool round_len(size_t len, size_t* out) noexcept {
    const size_t page = map_page_size();
    if (len > SIZE_MAX - (page - 1)) return false;
    *out = (len + page - 1) & ~(page - 1);
    return true;
}

bool aligned(const void* p) noexcept { return (reinterpret_cast<uintptr_t>(p) & (map_page_size() - 1)) == 0; }

bool is_shared_file(const mapping* m) noexcept { return m->fd >= 0; }

// Reads [off, off+len) of fd into dst, zero past the end of the file.
bool read_file(int fd, off_t off, char* dst, size_t len) noexcept {
    size_t done = 0;
    while (done < len) {
        const ssize_t n = pread(fd, dst + done, len - done, off + static_cast<off_t>(done));
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        if (n == 0) break;
        done += static_cast<size_t>(n);
    }
    memset(dst + done, 0, len - done);
    return true;
}

// Writes the bytes of [from, from+len) of m that differ from its saved copy
// back to the file (not past its end); 0 or an errno value.
int write_back(mapping* m, size_t from, size_t len) noexcept {
    if (!is_shared_file(m)) return 0;
    struct stat st;
    if (fstat(m->fd, &st) != 0) return errno;
    size_t end = from + len;
    if (st.st_size <= m->off) return 0;
    const uint64_t in_file = static_cast<uint64_t>(st.st_size - m->off);
    if (end > in_file) end = static_cast<size_t>(in_file);
    size_t i = from;
    while (i < end) {
        if (static_cast<unsigned char>(m->addr[i]) == m->saved[i]) {
            ++i;
            continue;
        }
        size_t j = i + 1;
        while (j < end && static_cast<unsigned char>(m->addr[j]) != m->saved[j]) ++j;
        size_t done = i;
        while (done < j) {
            const ssize_t n = pwrite(m->fd, m->addr + done, j - done, m->off + static_cast<off_t>(done));
            if (n < 0) {
                if (errno == EINTR) continue;
                return errno;
            }
            done += static_cast<size_t>(n);
        }
        memcpy(m->saved + i, m->addr + i, j - i);
        i = j;
    }
    return 0;
}

void release_block(block* b) noexcept {
    if (--b->refs == 0) {
        free(b->base);
        free(b);
    }
}

void destroy(mapping* m) noexcept {
    if (m->fd >= 0) {
        // The descriptor is the mapping's own, shared by its split parts.
        bool shared = false;
        for (mapping* o = g_maps; o; o = o->next)
            if (o != m && o->fd == m->fd) shared = true;
        if (!shared) close(m->fd);
    }
    release_block(m->blk);
    free(m);
}

// The record containing [p, p+len), or nullptr. Called with the lock.
mapping* find(const void* p, size_t len) noexcept {
    const char* c = static_cast<const char*>(p);
    for (mapping* m = g_maps; m; m = m->next)
        if (c >= m->addr && c < m->addr + m->len && len <= static_cast<size_t>(m->addr + m->len - c)) return m;
    return nullptr;
}

bool overlaps(const char* a, size_t alen, const mapping* m) noexcept { return a < m->addr + m->len && m->addr < a + alen; }

// The part of [a, a+alen) that lies in m (they overlap).
void clip(const mapping* m, char* a, size_t alen, char** lo, char** hi) noexcept {
    *lo = a > m->addr ? a : m->addr;
    *hi = a + alen < m->addr + m->len ? a + alen : m->addr + m->len;
}

// Checks of Linux's do_mmap for a file: 0 or an errno value.
int check_file(int fd, int prot, int type) noexcept {
    struct stat st;
    if (fstat(fd, &st) != 0) return EBADF;
    const int fl = fcntl(fd, F_GETFL);
    if (fl < 0) return errno;
    const bool rd = (fl & O_RDONLY) != 0;
    const bool wr = (fl & O_WRONLY) != 0;
    if (type == MAP_SHARED || type == MAP_SHARED_VALIDATE) {
        if ((prot & PROT_WRITE) && !wr) return EACCES;
    }
    if (!rd) return EACCES;
    if (!S_ISREG(st.st_mode)) return ENODEV;
    return 0;
}

// A descriptor of the mapping's own for fd, kept out of the way of the
// numbers a program sees (Linux's mappings hold no descriptor): high, but
// below 65536, the first number the runtime refuses.
int own_descriptor(int fd) noexcept {
    int d = fcntl(fd, F_DUPFD_CLOEXEC, 60000);
    if (d < 0) d = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return d;
}

}  // namespace

size_t map_page_size() noexcept {
    static size_t page;
    if (!page) page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    return page;
}

bool map_in_memory(const void* addr, size_t len) noexcept {
    const uint64_t top = static_cast<uint64_t>(__builtin_wasm_memory_size(0)) * 65536u;
    const uint64_t a = reinterpret_cast<uintptr_t>(addr);
    return a <= top && len <= top - a;
}

int map_resident(const void* addr, size_t len) noexcept {
    if (map_in_memory(addr, len)) return 0;
    return fail_int(ENOMEM);
}

void* map_create(void* fixed, size_t len, int prot, int flags, int fd, off_t off) noexcept {
    const size_t page = map_page_size();
    if (off < 0 || (static_cast<uint64_t>(off) & (page - 1)) != 0) return fail_map(EINVAL);
    const bool anon = (flags & MAP_ANONYMOUS) != 0;
    struct stat st;
    if (!anon && fstat(fd, &st) != 0) return fail_map(EBADF);
    if (len == 0) return fail_map(EINVAL);
    size_t size;
    if (!round_len(len, &size)) return fail_map(ENOMEM);
    const int type = flags & MAP_TYPE;
    if (type != MAP_SHARED && type != MAP_PRIVATE && type != MAP_SHARED_VALIDATE) return fail_map(EINVAL);
    if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) return fail_map(EINVAL);
    if (!anon) {
        if (const int e = check_file(fd, prot, type)) return fail_map(e);
    }
    const bool shared_file = !anon && type != MAP_PRIVATE;
    const bool want_fixed = (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) != 0;
    if (want_fixed && !aligned(fixed)) return fail_map(EINVAL);

    mutex_guard lock(g_mutex);
    char* addr = nullptr;
    block* blk = nullptr;
    if (want_fixed) {
        // Placement is only possible inside memory the layer already owns:
        // a mapping made earlier (a common way to re-map part of a reserve).
        mapping* host = find(fixed, size);
        if (flags & MAP_FIXED_NOREPLACE) {
            for (mapping* m = g_maps; m; m = m->next)
                if (overlaps(static_cast<char*>(fixed), size, m)) return fail_map(EEXIST);
            return fail_map(ENOMEM);
        }
        if (!host) return fail_map(ENOMEM);
        addr = static_cast<char*>(fixed);
        blk = host->blk;
    } else {
        void* base = aligned_alloc(page, size);
        if (!base) return fail_map(ENOMEM);
        blk = static_cast<block*>(malloc(sizeof *blk));
        if (!blk) {
            free(base);
            return fail_map(ENOMEM);
        }
        *blk = block{base, 0};
        addr = static_cast<char*>(base);
    }
    mapping* m = static_cast<mapping*>(calloc(1, sizeof *m));
    unsigned char* saved = shared_file ? static_cast<unsigned char*>(malloc(size)) : nullptr;
    const int own = shared_file ? own_descriptor(fd) : -1;
    // Undoes what map_create allocated so far; returns MAP_FAILED with e.
    auto undo = [&](int e) {
        free(m);
        free(saved);
        if (own >= 0) close(own);
        if (blk->refs == 0) {
            free(blk->base);
            free(blk);
        }
        return fail_map(e);
    };
    if (!m || (shared_file && (!saved || own < 0))) return undo((shared_file && own < 0 && m && saved) ? errno : ENOMEM);
    if (want_fixed) {
        // Whatever was mapped there is unmapped first (written back if
        // shared), as MAP_FIXED does.
        ++blk->refs;  // keep the block while its old records go
        pthread_mutex_unlock(&g_mutex);
        (void)map_remove(addr, size);
        pthread_mutex_lock(&g_mutex);
        --blk->refs;
    }
    if (anon) {
        memset(addr, 0, size);
    } else if (!read_file(fd, off, addr, size)) {
        return undo(errno);
    }
    if (saved) memcpy(saved, addr, size);
    ++blk->refs;
    *m = mapping{addr, size, blk, prot, (type == MAP_PRIVATE ? MAP_PRIVATE : MAP_SHARED) | (anon ? MAP_ANONYMOUS : 0),
                 own, anon ? 0 : off, saved, g_maps};
    g_maps = m;
    return addr;
}

int map_remove(void* addr, size_t len) noexcept {
    if (!aligned(addr) || len == 0) return fail_int(EINVAL);
    size_t size;
    if (!round_len(len, &size)) return fail_int(EINVAL);
    char* a = static_cast<char*>(addr);
    mutex_guard lock(g_mutex);
    for (mapping** p = &g_maps; *p;) {
        mapping* m = *p;
        if (!overlaps(a, size, m)) {
            p = &m->next;
            continue;
        }
        char *lo, *hi;
        clip(m, a, size, &lo, &hi);
        (void)write_back(m, static_cast<size_t>(lo - m->addr), static_cast<size_t>(hi - lo));
        if (lo == m->addr && hi == m->addr + m->len) {
            *p = m->next;
            destroy(m);
            continue;
        }
        if (lo > m->addr && hi < m->addr + m->len) {
            // A hole in the middle: the part after it becomes a record of
            // its own on the same block.
            mapping* tail = static_cast<mapping*>(malloc(sizeof *tail));
            unsigned char* tail_saved = nullptr;
            const size_t skip = static_cast<size_t>(hi - m->addr);
            if (m->saved) tail_saved = static_cast<unsigned char*>(malloc(m->len - skip));
            if (!tail || (m->saved && !tail_saved)) {
                free(tail);
                free(tail_saved);
                return fail_int(ENOMEM);
            }
            if (tail_saved) memcpy(tail_saved, m->saved + skip, m->len - skip);
            *tail = *m;
            tail->addr = hi;
            tail->len = m->len - skip;
            tail->off = m->off + static_cast<off_t>(skip);
            tail->saved = tail_saved;
            ++m->blk->refs;
            m->len = static_cast<size_t>(lo - m->addr);
            tail->next = m->next;
            m->next = tail;
            p = &tail->next;
            continue;
        }
        if (lo == m->addr) {
            // The front goes.
            const size_t cut = static_cast<size_t>(hi - m->addr);
            if (m->saved) memmove(m->saved, m->saved + cut, m->len - cut);
            m->addr = hi;
            m->len -= cut;
            m->off += static_cast<off_t>(cut);
        } else {
            m->len = static_cast<size_t>(lo - m->addr);
        }
        p = &m->next;
    }
    return 0;
}

int map_sync(void* addr, size_t len, int flags) noexcept {
    if (!aligned(addr)) return fail_int(EINVAL);
    if (flags & ~(MS_ASYNC | MS_SYNC | MS_INVALIDATE)) return fail_int(EINVAL);
    if ((flags & MS_ASYNC) && (flags & MS_SYNC)) return fail_int(EINVAL);
    size_t size;
    if (!round_len(len, &size)) return fail_int(ENOMEM);
    if (!map_in_memory(addr, size)) return fail_int(ENOMEM);
    char* a = static_cast<char*>(addr);
    mutex_guard lock(g_mutex);
    for (mapping* m = g_maps; m; m = m->next) {
        if (!overlaps(a, size, m)) continue;
        char *lo, *hi;
        clip(m, a, size, &lo, &hi);
        if (const int e = write_back(m, static_cast<size_t>(lo - m->addr), static_cast<size_t>(hi - lo)))
            return fail_int(e);
        if ((flags & MS_SYNC) && is_shared_file(m)) (void)fsync(m->fd);
    }
    return 0;
}

int map_protect(void* addr, size_t len, int prot) noexcept {
    if (!aligned(addr)) return fail_int(EINVAL);
    if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) return fail_int(EINVAL);
    size_t size;
    if (!round_len(len, &size)) return fail_int(ENOMEM);
    if (!map_in_memory(addr, size)) return fail_int(ENOMEM);
    char* a = static_cast<char*>(addr);
    mutex_guard lock(g_mutex);
    for (mapping* m = g_maps; m; m = m->next) {
        if (!overlaps(a, size, m)) continue;
        // Write access to a shared file mapping needs a writable file.
        if ((prot & PROT_WRITE) && is_shared_file(m) && !(fcntl(m->fd, F_GETFL) & O_WRONLY)) return fail_int(EACCES);
    }
    for (mapping* m = g_maps; m; m = m->next)
        if (overlaps(a, size, m) && a <= m->addr && m->addr + m->len <= a + size) m->prot = prot;
    return 0;
}

int map_advise(void* addr, size_t len, int advice) noexcept {
    if (!aligned(addr)) return EINVAL;
    switch (advice) {
    case MADV_NORMAL: case MADV_RANDOM: case MADV_SEQUENTIAL: case MADV_WILLNEED: case MADV_DONTNEED:
    case MADV_FREE: case MADV_DONTFORK: case MADV_DOFORK: case MADV_MERGEABLE: case MADV_UNMERGEABLE:
    case MADV_HUGEPAGE: case MADV_NOHUGEPAGE: case MADV_DONTDUMP: case MADV_DODUMP:
        break;
    default:
        return EINVAL;
    }
    size_t size;
    if (!round_len(len, &size)) return EINVAL;
    if (!map_in_memory(addr, size)) return ENOMEM;
    if (advice != MADV_DONTNEED) return 0;
    // Private anonymous pages read back as zeros after MADV_DONTNEED; shared
    // and file pages keep their contents (the file's, as far as the layer
    // knows).
    char* a = static_cast<char*>(addr);
    mutex_guard lock(g_mutex);
    for (mapping* m = g_maps; m; m = m->next) {
        if (!overlaps(a, size, m) || (m->flags & (MAP_PRIVATE | MAP_ANONYMOUS)) != (MAP_PRIVATE | MAP_ANONYMOUS))
            continue;
        char *lo, *hi;
        clip(m, a, size, &lo, &hi);
        memset(lo, 0, static_cast<size_t>(hi - lo));
    }
    return 0;
}

void* map_resize(void* addr, size_t old_len, size_t new_len, int flags) noexcept {
    if (!aligned(addr)) return fail_map(EINVAL);
    if (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP)) return fail_map(EINVAL);
    if ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE)) return fail_map(EINVAL);
    if (new_len == 0) return fail_map(EINVAL);
    size_t old_size, new_size;
    if (!round_len(old_len, &old_size) || !round_len(new_len, &new_size)) return fail_map(EINVAL);
    if (flags & (MREMAP_FIXED | MREMAP_DONTUNMAP)) return fail_map(EINVAL);
    mapping copy;
    {
        mutex_guard lock(g_mutex);
        mapping* m = find(addr, old_size ? old_size : 1);
        if (!m || m->addr != addr) return fail_map(EFAULT);
        copy = *m;
        if (old_size == 0) return fail_map(EINVAL);
    }
    if (new_size == old_size) return addr;
    if (new_size < old_size) {
        if (map_remove(static_cast<char*>(addr) + new_size, old_size - new_size) != 0) return MAP_FAILED;
        return addr;
    }
    if (!(flags & MREMAP_MAYMOVE)) return fail_map(ENOMEM);
    // A new mapping of the same kind, with the contents moved over.
    const int type = copy.flags & (MAP_SHARED | MAP_PRIVATE);
    void* fresh;
    if (copy.flags & MAP_ANONYMOUS) {
        fresh = map_create(nullptr, new_size, copy.prot, type | MAP_ANONYMOUS, -1, 0);
    } else if (copy.fd >= 0) {
        (void)map_sync(addr, old_size, MS_ASYNC);
        fresh = map_create(nullptr, new_size, copy.prot, type, copy.fd, copy.off);
    } else {
        // A private file mapping keeps no descriptor: the new part is zeros.
        fresh = map_create(nullptr, new_size, copy.prot, type | MAP_ANONYMOUS, -1, 0);
        if (fresh != MAP_FAILED) {
            mutex_guard lock(g_mutex);
            mapping* n = find(fresh, 1);
            n->flags = copy.flags;
            n->off = copy.off;
        }
    }
    if (fresh == MAP_FAILED) return MAP_FAILED;
    memcpy(fresh, addr, old_size);
    (void)map_remove(addr, old_size);
    return fresh;
}

}  // namespace wasix_libc
