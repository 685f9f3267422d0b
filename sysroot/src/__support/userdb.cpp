// userdb.cpp - userdb.hpp.
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "__support/identity.hpp"
#include "__support/userdb.hpp"

namespace wasix_libc {
namespace {

const char* const kBuiltinPasswd[] = {
    "root:x:0:0:root:/root:/bin/sh",
    "user:x:1000:1000:user:/:/bin/sh",
};
const char* const kBuiltinGroup[] = {
    "root:x:0:",
    "user:x:1000:",
};

// Splits line (in place) at ':' into at most n fields; returns how many.
int split(char* line, char** fields, int n) noexcept {
    int count = 0;
    char* p = line;
    while (count < n) {
        fields[count++] = p;
        char* colon = strchr(p, ':');
        if (!colon) break;
        *colon = '\0';
        p = colon + 1;
    }
    return count;
}

bool parse_id(const char* s, unsigned* out) noexcept {
    if (!*s) return false;
    char* end;
    const unsigned long v = strtoul(s, &end, 10);
    if (*end || v > UINT32_MAX) return false;
    *out = static_cast<unsigned>(v);
    return true;
}

// Calls match(line) for each line of the database (the file, else the
// built-in lines) until it returns nonzero; returns that value, or 0.
template <class F>
int each_line(const char* path, const char* const* builtin, size_t n, F match) noexcept {
    char line[1024];
    if (FILE* f = fopen(path, "re")) {
        int r = 0;
        while (!r && fgets(line, sizeof line, f)) {
            line[strcspn(line, "\n")] = '\0';
            r = match(line);
        }
        fclose(f);
        return r;
    }
    for (size_t i = 0; i < n; ++i) {
        strncpy(line, builtin[i], sizeof line - 1);
        line[sizeof line - 1] = '\0';
        if (const int r = match(line)) return r;
    }
    return 0;
}

// Copies s into buf at *used; nullptr when it does not fit.
char* store(const char* s, char* buf, size_t len, size_t* used) noexcept {
    const size_t n = strlen(s) + 1;
    if (n > len - *used) return nullptr;
    char* p = buf + *used;
    memcpy(p, s, n);
    *used += n;
    return p;
}

}  // namespace

int passwd_lookup(const char* name, uid_t uid, struct passwd* pw, char* buf, size_t len,
                  struct passwd** result) noexcept {
    *result = nullptr;
    const int r = each_line("/etc/passwd", kBuiltinPasswd, 2, [&](char* line) -> int {
        char* f[7];
        unsigned u, g;
        if (split(line, f, 7) != 7 || !parse_id(f[2], &u) || !parse_id(f[3], &g)) return 0;
        if (name ? strcmp(f[0], name) != 0 : u != uid) return 0;
        size_t used = 0;
        pw->pw_name = store(f[0], buf, len, &used);
        pw->pw_passwd = store(f[1], buf, len, &used);
        pw->pw_gecos = store(f[4], buf, len, &used);
        pw->pw_dir = store(f[5], buf, len, &used);
        pw->pw_shell = store(f[6], buf, len, &used);
        if (!pw->pw_name || !pw->pw_passwd || !pw->pw_gecos || !pw->pw_dir || !pw->pw_shell) return ERANGE;
        pw->pw_uid = u;
        pw->pw_gid = g;
        *result = pw;
        return -1;
    });
    return r > 0 ? r : 0;
}

int group_lookup(const char* name, gid_t gid, struct group* gr, char* buf, size_t len,
                 struct group** result) noexcept {
    *result = nullptr;
    const int r = each_line("/etc/group", kBuiltinGroup, 2, [&](char* line) -> int {
        char* f[4];
        unsigned g;
        if (split(line, f, 4) != 4 || !parse_id(f[2], &g)) return 0;
        if (name ? strcmp(f[0], name) != 0 : g != gid) return 0;
        // Members: a NULL-terminated array of pointers at the front of buf
        // (aligned), then the strings.
        size_t members = 0;
        if (*f[3]) {
            members = 1;
            for (const char* p = f[3]; *p; ++p) members += *p == ',';
        }
        const size_t align = alignof(char*);
        const size_t pad = (align - reinterpret_cast<uintptr_t>(buf) % align) % align;
        const size_t array = pad + (members + 1) * sizeof(char*);
        if (array > len) return ERANGE;
        char** mem = reinterpret_cast<char**>(buf + pad);
        size_t used = array;
        gr->gr_name = store(f[0], buf, len, &used);
        gr->gr_passwd = store(f[1], buf, len, &used);
        if (!gr->gr_name || !gr->gr_passwd) return ERANGE;
        size_t i = 0;
        for (char* p = f[3]; members && p;) {
            char* comma = strchr(p, ',');
            if (comma) *comma = '\0';
            mem[i] = store(p, buf, len, &used);
            if (!mem[i]) return ERANGE;
            ++i;
            p = comma ? comma + 1 : nullptr;
        }
        mem[i] = nullptr;
        gr->gr_mem = mem;
        gr->gr_gid = g;
        *result = gr;
        return -1;
    });
    return r > 0 ? r : 0;
}

namespace {

// The non-reentrant form of a lookup: one static entry and buffer per
// database, errno set to the lookup's error (0 when not found).
template <class Entry, class Id, size_t Size>
Entry* lookup_static(int (*lookup)(const char*, Id, Entry*, char*, size_t, Entry**) noexcept, const char* name,
                     Id id) noexcept {
    static Entry entry;
    static char buf[Size];
    Entry* result;
    errno = lookup(name, id, &entry, buf, sizeof buf, &result);
    return result;
}

}  // namespace

struct passwd* passwd_static(const char* name, uid_t uid) noexcept {
    return lookup_static<struct passwd, uid_t, 1024>(passwd_lookup, name, uid);
}

struct group* group_static(const char* name, gid_t gid) noexcept {
    return lookup_static<struct group, gid_t, 2048>(group_lookup, name, gid);
}

}  // namespace wasix_libc
