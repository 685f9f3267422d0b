#!/usr/bin/env python3
"""coverage.py --src sysroot/src --tests tests/sysroot --allow untested.txt

Lists the public C functions the sysroot's port layer defines and checks that
each one is named (as a word) in at least one test program under --tests.

Public: defined in a .c file below --src and not static, or defined in a .cpp
file with C linkage (`extern "C"` on the definition or an enclosing
`extern "C" { }` block), or made an alias of one (weak_alias, alias
attribute); names starting with `_` are internal. The sources are read as
they are when the test runs (recursively), so files may move freely.

Fails when a function has no test and is not in the allow-list, and when an
allow-listed function has a test now or no longer exists: the list only
shrinks.
"""
import argparse
import os
import re
import sys

KEYWORDS = {
    "void", "int", "char", "short", "long", "unsigned", "signed", "float", "double", "bool", "_Bool",
    "const", "volatile", "struct", "union", "enum", "return", "sizeof", "if", "while", "for", "switch",
    "__attribute__", "__declspec", "alignas", "_Alignas", "alignof", "decltype", "noexcept", "throw",
    "static_assert", "_Static_assert", "__asm__", "asm", "operator", "defined",
}
IDENT_CALL = re.compile(r"\b([A-Za-z_]\w*)\s*\(")
ALIAS_MACRO = re.compile(r"\b(?:weak_alias|strong_alias|__weak_reference|__strong_reference)\s*\(\s*\w+\s*,\s*(\w+)\s*\)")


def strip_source(text):
    """Comments, string and character literals and preprocessor lines removed;
    `extern "C"` kept as the token extern_C (its string would be lost)."""
    text = re.sub(r'\bextern\s+"C"', "extern_C", text)
    out = []
    i, n = 0, len(text)
    at_line_start = True
    while i < n:
        c = text[i]
        if at_line_start and c == "#":
            # a directive, with its continuation lines
            while i < n and text[i] != "\n":
                if text[i] == "\\" and i + 1 < n and text[i + 1] == "\n":
                    i += 2
                    continue
                if text.startswith("/*", i):
                    end = text.find("*/", i + 2)
                    i = n if end < 0 else end + 2
                    continue
                i += 1
            continue
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
            continue
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
            at_line_start = False
            continue
        out.append(c)
        if c == "\n":
            at_line_start = True
        elif not c.isspace():
            at_line_start = False
        i += 1
    return "".join(out)


def declared_name(head):
    """The name a declaration head declares: the first identifier followed by
    `(` that is not a keyword (`void (*signal(int, ...))(int)` -> signal)."""
    for m in IDENT_CALL.finditer(head):
        if m.group(1) not in KEYWORDS:
            return m.group(1)
    return None


def public_functions(path):
    """The public C functions defined in one source file."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = strip_source(f.read())
    is_c = path.endswith(".c")
    names = set(ALIAS_MACRO.findall(text))
    stack = []  # kinds of the open blocks: extern_c, namespace, anon, body
    head_start = 0
    i, n = 0, len(text)

    def at_scope():
        return all(k in ("extern_c", "namespace", "anon") for k in stack)

    while i < n:
        c = text[i]
        if c == "{":
            if at_scope():
                head = text[head_start:i].strip()
                if re.search(r"\bextern_C\s*$", head):
                    stack.append("extern_c")
                elif re.fullmatch(r"(inline\s+)?namespace\s*", head):
                    stack.append("anon")
                elif re.fullmatch(r"(inline\s+)?namespace\s+[\w:]+", head):
                    stack.append("namespace")
                else:
                    stack.append("body")
                    name = function_definition(head)
                    linkage_c = is_c or "extern_C" in head or ("extern_c" in stack[:-1])
                    if name and linkage_c and "anon" not in stack and not re.search(r"\bstatic\b", head):
                        names.add(name)
            else:
                stack.append("body")
            head_start = i + 1
        elif c == "}":
            if stack:
                stack.pop()
            if at_scope():
                head_start = i + 1
        elif c == ";" and at_scope():
            head = text[head_start:i]
            if re.search(r"__attribute__\s*\(\(\s*(weak\s*,\s*)?alias\s*\(", head):
                name = declared_name(drop_attributes(head))
                if name:
                    names.add(name)
            head_start = i + 1
        i += 1
    return {x for x in names if not x.startswith("_")}


def drop_attributes(head):
    """head without __attribute__((...)), __declspec(...) and alignas(...) groups."""
    while True:
        m = re.search(r"\b(__attribute__|__declspec|alignas|_Alignas)\s*\(", head)
        if not m:
            return head
        depth, j = 0, m.end() - 1
        while j < len(head):
            depth += {"(": 1, ")": -1}.get(head[j], 0)
            j += 1
            if depth == 0:
                break
        head = head[:m.start()] + " " + head[j:]


def function_definition(head):
    """The function a `{`-preceding head defines, or None (struct, initialiser, ...)."""
    head = drop_attributes(re.sub(r"\bextern_C\b", " ", head)).strip()
    if "(" not in head or "=" in head.replace("==", ""):
        return None
    if not re.search(r"\)\s*(const|noexcept|override|final|throw\s*\(\s*\))?\s*$", head):
        return None
    return declared_name(head)


def exported(src):
    result = {}
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for fn in sorted(files):
            if fn.endswith((".c", ".cpp", ".cc")):
                path = os.path.join(root, fn)
                for name in public_functions(path):
                    result.setdefault(name, os.path.relpath(path, src))
    return result


def test_words(tests):
    words = set()
    for root, dirs, files in os.walk(tests):
        dirs[:] = [d for d in dirs if d != "CMakeFiles"]
        for fn in files:
            if fn.endswith(".c"):
                with open(os.path.join(root, fn), encoding="utf-8", errors="replace") as f:
                    words.update(re.findall(r"[A-Za-z_]\w*", f.read()))
    return words


def load_allow(path):
    allow = {}
    with open(path) as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if line:
                allow[line] = number
    return allow


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", required=True)
    ap.add_argument("--tests", required=True)
    ap.add_argument("--allow", required=True)
    ap.add_argument("--list", action="store_true", help="print every exported function and its file")
    args = ap.parse_args()

    functions = exported(args.src)
    if args.list:
        for name in sorted(functions):
            print("%s %s" % (name, functions[name]))
        return 0
    words = test_words(args.tests)
    allow = load_allow(args.allow)
    tested = sorted(f for f in functions if f in words)
    untested = sorted(f for f in functions if f not in words)
    unexpected = [f for f in untested if f not in allow]
    now_tested = [f for f in tested if f in allow]
    gone = sorted(f for f in allow if f not in functions)

    allowed = [f for f in untested if f in allow]
    if allowed:
        print("untested (listed in untested.txt): %d" % len(allowed))
        for k in range(0, len(allowed), 8):
            print("  " + " ".join(allowed[k:k + 8]))
    for f in unexpected:
        print("FAIL: %s (%s) has no test under tests/sysroot and is not in untested.txt" % (f, functions[f]))
    for f in now_tested:
        print("FAIL: %s has a test now: delete it from untested.txt (line %d)" % (f, allow[f]))
    for f in gone:
        print("FAIL: %s is in untested.txt (line %d) but the sysroot no longer defines it: delete it"
              % (f, allow[f]))
    print("coverage: %d of %d exported functions named by a test, %d untested (allow-listed)"
          % (len(tested), len(functions), len(allowed)))
    return 1 if unexpected or now_tested or gone else 0


if __name__ == "__main__":
    sys.exit(main())
