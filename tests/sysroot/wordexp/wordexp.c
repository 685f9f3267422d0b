/* wordexp() and wordfree(): splitting, quotes, backslashes, variables,
 * tilde, offsets and appending, and the errors (bad characters, command
 * substitution with WRDE_NOCMD, unset variables with WRDE_UNDEF, open
 * quotes). No pattern characters: glibc would match them against files. */
#include <wordexp.h>

#include "check.h"

static void record_words(const char *name, const char *s, int flags) {
    wordexp_t we;
    memset(&we, 0, sizeof we);
    int r = wordexp(s, &we, flags);
    char out[256] = "";
    if (r == 0) {
        for (size_t i = 0; i < we.we_wordc; ++i) {
            strncat(out, "[", sizeof out - strlen(out) - 1);
            strncat(out, we.we_wordv[i], sizeof out - strlen(out) - 1);
            strncat(out, "]", sizeof out - strlen(out) - 1);
        }
        RECORD(name, "%zu %s", we.we_wordc, out);
        wordfree(&we);
    } else {
        RECORD(name, "error %d", r);
    }
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    setenv("HOME", "/home/test", 1);
    setenv("V", "1 2", 1);
    unsetenv("UNSET_VAR_X");
    record_words("split", "a b  c", 0);
    record_words("quotes", "'x y' \"z w\"", 0);
    record_words("backslash", "a\\ b c\\\"d", 0);
    record_words("var", "$HOME", 0);
    record_words("var.braces.split", "pre${V}post", 0);
    record_words("var.quoted", "\"$V\"", 0);
    record_words("var.unset", "x$UNSET_VAR_X", 0);
    record_words("tilde", "~ ~/dir", 0);
    record_words("tilde.root", "~root", 0);
    record_words("empty", "", 0);
    record_words("empty_quotes", "''", 0);
    record_words("lone_dollar", "a$ b", 0);
    record_words("badchar.pipe", "a|b", 0);
    record_words("badchar.semicolon", "a;b", 0);
    record_words("badchar.quoted_ok", "'a|b'", 0);
    record_words("cmdsub", "$(ls)", WRDE_NOCMD);
    record_words("backquote", "`ls`", WRDE_NOCMD);
    record_words("undef", "$UNSET_VAR_X", WRDE_UNDEF);
    record_words("open_quote", "'open", 0);
    record_words("open_double", "\"open", 0);

    wordexp_t we;
    memset(&we, 0, sizeof we);
    we.we_offs = 2;
    CALL("dooffs", wordexp("a b", &we, WRDE_DOOFFS));
    RECORD("dooffs.slots", "%d %d %s %zu", we.we_wordv[0] == NULL, we.we_wordv[1] == NULL, we.we_wordv[2], we.we_wordc);
    CALL("append", wordexp("c", &we, WRDE_DOOFFS | WRDE_APPEND));
    RECORD("append.words", "%zu %s %s", we.we_wordc, we.we_wordv[4], we.we_wordv[5] == NULL ? "end" : "?");
    CALL("reuse", wordexp("x", &we, WRDE_REUSE));
    RECORD("reuse.words", "%zu %s", we.we_wordc, we.we_wordv[0]);
    wordfree(&we);
    return check_done();
}
