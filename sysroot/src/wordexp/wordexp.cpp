// wordexp.cpp - wordexp(): the shell's word expansions, done by the layer
// (<wordexp.h> says which). Errors as glibc: WRDE_BADCHAR for an unquoted
// | & ; < > ( ) { } or newline, WRDE_BADVAL for an unset variable under
// WRDE_UNDEF, WRDE_CMDSUB for $( or `, WRDE_SYNTAX for an open quote.
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wordexp.h>

namespace {

struct text {
    char* data = nullptr;
    size_t len = 0;
    size_t cap = 0;
    bool ok = true;
    bool started = false;  // a word exists (even an empty quoted one)

    void add(const char* s, size_t n) {
        if (!ok) return;
        if (len + n + 1 > cap) {
            size_t c = cap ? cap * 2 : 32;
            while (c < len + n + 1) c *= 2;
            char* d = static_cast<char*>(realloc(data, c));
            if (!d) {
                ok = false;
                return;
            }
            data = d;
            cap = c;
        }
        memcpy(data + len, s, n);
        len += n;
        data[len] = '\0';
        started = true;
    }
    void add(char c) { add(&c, 1); }
};

struct words {
    char** v = nullptr;
    size_t n = 0;
    bool ok = true;

    void push(text& t) {
        if (!t.ok) {
            ok = false;
            return;
        }
        char** nv = static_cast<char**>(realloc(v, (n + 1) * sizeof *nv));
        if (!nv) {
            ok = false;
            free(t.data);
        } else {
            v = nv;
            v[n++] = t.data ? t.data : strdup("");
        }
        t = text{};
    }
    void release() {
        for (size_t i = 0; i < n; ++i) free(v[i]);
        free(v);
    }
};

bool is_name_char(char c, bool first) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

// Expands $NAME or ${NAME} at s (after the '$'); returns the characters
// consumed, 0 for a lone '$', -1 with *err set.
long expand_var(const char* s, bool quoted, int flags, text* cur, words* out, int* err) {
    const char* name = s;
    size_t nlen = 0;
    long used;
    if (*s == '{') {
        const char* end = strchr(s, '}');
        if (!end) {
            *err = WRDE_SYNTAX;
            return -1;
        }
        name = s + 1;
        nlen = static_cast<size_t>(end - name);
        used = end - s + 1;
    } else {
        while (is_name_char(s[nlen], nlen == 0)) ++nlen;
        if (nlen == 0) return 0;
        used = static_cast<long>(nlen);
    }
    char key[256];
    if (nlen == 0 || nlen >= sizeof key) {
        *err = WRDE_SYNTAX;
        return -1;
    }
    memcpy(key, name, nlen);
    key[nlen] = '\0';
    const char* value = getenv(key);
    if (!value) {
        if (flags & WRDE_UNDEF) {
            *err = WRDE_BADVAL;
            return -1;
        }
        value = "";
    }
    if (quoted) {
        cur->add(value, strlen(value));
        return used;
    }
    // Unquoted: split on blanks.
    for (const char* p = value; *p; ++p) {
        if (*p == ' ' || *p == '\t' || *p == '\n') {
            if (cur->started) out->push(*cur);
        } else {
            cur->add(*p);
        }
    }
    return used;
}

int expand(const char* s, int flags, words* out) {
    text cur;
    bool in_double = false;
    for (const char* p = s; *p; ++p) {
        const char c = *p;
        if (!in_double && strchr("|&;<>(){}\n", c)) return WRDE_BADCHAR;
        if (c == '`' || (c == '$' && p[1] == '(')) return WRDE_CMDSUB;
        if (c == '\\') {
            if (!p[1]) return WRDE_SYNTAX;
            ++p;
            if (in_double && !strchr("$`\"\\\n", *p)) cur.add('\\');
            cur.add(*p);
            continue;
        }
        if (c == '"') {
            in_double = !in_double;
            cur.started = true;
            continue;
        }
        if (c == '\'' && !in_double) {
            const char* end = strchr(p + 1, '\'');
            if (!end) return WRDE_SYNTAX;
            cur.started = true;
            cur.add(p + 1, static_cast<size_t>(end - p - 1));
            p = end;
            continue;
        }
        if (c == '$') {
            int err = 0;
            const long used = expand_var(p + 1, in_double, flags, &cur, out, &err);
            if (used < 0) return err;
            if (used == 0) cur.add('$');
            p += used;
            continue;
        }
        if (c == '~' && !in_double && !cur.started) {
            size_t n = 0;
            while (p[1 + n] && p[1 + n] != '/' && !strchr(" \t\n\"'", p[1 + n])) ++n;
            const char* home = nullptr;
            if (n == 0) {
                home = getenv("HOME");
                if (!home) {
                    const struct passwd* pw = getpwuid(getuid());
                    home = pw ? pw->pw_dir : nullptr;
                }
            } else {
                char user[256];
                if (n < sizeof user) {
                    memcpy(user, p + 1, n);
                    user[n] = '\0';
                    const struct passwd* pw = getpwnam(user);
                    home = pw ? pw->pw_dir : nullptr;
                }
            }
            if (home) {
                cur.add(home, strlen(home));
                p += n;
                continue;
            }
        }
        if (!in_double && (c == ' ' || c == '\t')) {
            if (cur.started) out->push(cur);
            continue;
        }
        cur.add(c);
    }
    if (in_double) return WRDE_SYNTAX;
    if (cur.started) out->push(cur);
    return out->ok ? 0 : WRDE_NOSPACE;
}

}  // namespace

extern "C" int wordexp(const char* __restrict s, wordexp_t* __restrict we, int flags) {
    if (flags & WRDE_REUSE) wordfree(we);
    words w;
    const int err = expand(s, flags, &w);
    if (err) {
        w.release();
        return err;
    }
    const size_t offs = (flags & WRDE_DOOFFS) ? we->we_offs : 0;
    const size_t old = (flags & WRDE_APPEND) ? we->we_wordc : 0;
    char** base = (flags & WRDE_APPEND) ? we->we_wordv : nullptr;
    char** v = static_cast<char**>(realloc(base, (offs + old + w.n + 1) * sizeof *v));
    if (!v) {
        w.release();
        return WRDE_NOSPACE;
    }
    if (!(flags & WRDE_APPEND))
        for (size_t i = 0; i < offs; ++i) v[i] = nullptr;
    for (size_t i = 0; i < w.n; ++i) v[offs + old + i] = w.v[i];
    v[offs + old + w.n] = nullptr;
    free(w.v);
    we->we_wordv = v;
    we->we_wordc = old + w.n;
    if (!(flags & WRDE_DOOFFS)) we->we_offs = 0;
    return 0;
}
