#!/usr/bin/env python3
"""Checks a linked guest module's imports against the WASIX spec.

    check_imports.py --gen wasix-gen --model wasm32|wasm64 --objdump wasm-objdump
                     [--expect-error TEXT]... MODULE.wasm WITX...
    check_imports.py --gen wasix-gen --model wasm32|wasm64 --selftest WITX...

The expected imports are the `func MODULE.NAME (params) -> results` lines of
`wasix-gen --dump-layout MODEL`. The module's imports are read twice, with
`wasm-objdump -x -j Type` and `-j Import` and with a small reader of the wasm binary
below; the two readings must agree. Then every function import must be in the
spec with the same signature, every spec function must be imported exactly
once, and the only other imports allowed are non-function imports from "env"
(memory, __stack_pointer, ...).

Exit status 0 when the module matches. With --expect-error, the module must
NOT match and every TEXT must occur in some error (used by the negative
tests). --selftest mutates the expected set (rename, resign, drop, add) and
checks that each mutation is caught. Standard library only.
"""
import argparse
import re
import subprocess
import sys

# wabt 1.0.32 cannot decode the 64-bit table wasm-ld writes for wasm64 and
# exits 1 after printing the sections; this one message is tolerated, and the
# builtin reader cross-checks what was printed.
KNOWN_OBJDUMP_ERRORS = [re.compile(r"^[0-9a-f]+: error: tables may not be 64-bit$")]


def parse_dump(text):
    """{(module, name): (params, results)} from wasix-gen --dump-layout."""
    funcs = {}
    pat = re.compile(r"^func (\S+?)\.(\S+) \(([^)]*)\) -> (\(\)|i32|i64|f32|f64)(\s|$)")
    for line in text.splitlines():
        if not line.startswith("func "):
            continue
        m = pat.match(line)
        if not m:
            raise SystemExit("cannot parse dump line: " + line)
        module, name, params, result = m.group(1), m.group(2), m.group(3), m.group(4)
        if module == "-":
            continue  # no import for this model
        key = (module, name)
        if key in funcs:
            raise SystemExit("spec lists %s.%s twice" % key)
        funcs[key] = (tuple(params.split()), () if result == "()" else (result,))
    return funcs


def run_objdump(objdump, path):
    # One section per run: wasm-objdump honours only the last -j.
    stdout = ""
    for section in ("Type", "Import"):
        proc = subprocess.run([objdump, "-x", "-j", section, path],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        errs = [l for l in (proc.stderr + "\n").splitlines() if l.strip()]
        unknown = [l for l in errs if not any(p.match(l.strip()) for p in KNOWN_OBJDUMP_ERRORS)]
        if unknown or (proc.returncode != 0 and not errs):
            raise SystemExit("wasm-objdump failed (%d):\n%s" % (proc.returncode, proc.stderr))
        stdout += proc.stdout
    types, imports, count = {}, [], None
    section = None
    for line in stdout.splitlines():
        m = re.match(r"^(Type|Import)\[(\d+)\]:", line)
        if m:
            section = m.group(1)
            if section == "Import":
                count = int(m.group(2))
            continue
        if section == "Type":
            m = re.match(r"^ - type\[(\d+)\] \(([^)]*)\) -> (.*)$", line)
            if m:
                params = tuple(p.strip() for p in m.group(2).split(",") if p.strip())
                res = m.group(3).strip()
                if res == "nil":
                    results = ()
                elif res.startswith("("):
                    results = tuple(p.strip() for p in res.strip("()").split(",") if p.strip())
                else:
                    results = (res,)
                types[int(m.group(1))] = (params, results)
        elif section == "Import":
            m = re.match(r"^ - (\w+)\[\d+\] (.*)<- ([^.\s]+)\.(\S+)$", line)
            if m:
                kind, rest, module, field = m.groups()
                sig = None
                if kind == "func":
                    s = re.search(r"sig=(\d+)", rest)
                    if not s or int(s.group(1)) not in types:
                        raise SystemExit("wasm-objdump: bad import line: " + line)
                    sig = types[int(s.group(1))]
                imports.append((kind, module, field, sig))
    if count is None:
        count = 0  # no Import section
    if count != len(imports):
        raise SystemExit("wasm-objdump printed %d of %d imports" % (len(imports), count))
    return imports


# ---- a minimal reader of the Type and Import sections of a wasm binary ----

VALTYPES = {0x7F: "i32", 0x7E: "i64", 0x7D: "f32", 0x7C: "f64", 0x7B: "v128", 0x70: "funcref", 0x6F: "externref"}
KINDS = {0: "func", 1: "table", 2: "memory", 3: "global", 4: "tag"}


class Reader:
    def __init__(self, data, pos=0):
        self.data, self.pos = data, pos

    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b

    def uleb(self):
        result = shift = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return result

    def name(self):
        n = self.uleb()
        s = self.data[self.pos:self.pos + n].decode("utf-8")
        self.pos += n
        return s

    def limits(self):
        flags = self.uleb()
        self.uleb()
        if flags & 1:
            self.uleb()


def read_binary(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\0asm":
        raise SystemExit(path + ": not a wasm module")
    r = Reader(data, 8)
    types, imports = [], []
    while r.pos < len(data):
        sid = r.byte()
        size = r.uleb()
        end = r.pos + size
        if sid == 1:
            for _ in range(r.uleb()):
                if r.byte() != 0x60:
                    raise SystemExit(path + ": unexpected type form")
                params = tuple(VALTYPES[r.byte()] for _ in range(r.uleb()))
                results = tuple(VALTYPES[r.byte()] for _ in range(r.uleb()))
                types.append((params, results))
        elif sid == 2:
            for _ in range(r.uleb()):
                module, field, kind = r.name(), r.name(), KINDS[r.byte()]
                sig = None
                if kind == "func":
                    sig = types[r.uleb()]
                elif kind == "table":
                    r.byte()
                    r.limits()
                elif kind == "memory":
                    r.limits()
                elif kind == "global":
                    r.byte()
                    r.byte()
                else:
                    r.byte()
                    r.uleb()
                imports.append((kind, module, field, sig))
        r.pos = end
    return imports


# ---- the comparison ----

def fmt(sig):
    return "(%s) -> %s" % (" ".join(sig[0]), " ".join(sig[1]) if sig[1] else "()")


def check(imports, expected):
    """A list of error messages; empty when `imports` is exactly the spec."""
    errors = []
    seen = {}
    for kind, module, field, sig in imports:
        if kind != "func":
            if module != "env":
                errors.append("unexpected %s import %s.%s (only env may provide non-function imports)"
                              % (kind, module, field))
            continue
        key = (module, field)
        if key in seen:
            errors.append("%s.%s is imported twice: %s and %s" % (module, field, fmt(seen[key]), fmt(sig)))
            continue
        seen[key] = sig
        if key not in expected:
            errors.append("import %s.%s %s is not in the spec" % (module, field, fmt(sig)))
        elif expected[key] != sig:
            errors.append("import %s.%s has signature %s, the spec says %s"
                          % (module, field, fmt(sig), fmt(expected[key])))
    for key in sorted(expected):
        if key not in seen:
            errors.append("spec function %s.%s %s is not imported" % (key[0], key[1], fmt(expected[key])))
    return errors


def selftest(expected):
    base = [("func", m, n, s) for (m, n), s in sorted(expected.items())]
    failures = []
    if check(base, expected):
        failures.append("the exact spec was rejected: %s" % check(base, expected))
    first = base[0]
    i64 = next((i for i, imp in enumerate(base) if "i64" in imp[3][0]), 0)
    mutations = {
        "renamed field": base[1:] + [(first[0], first[1], first[2] + "_x", first[3])],
        "wrong module": base[1:] + [(first[0], first[1] + "_x", first[2], first[3])],
        "param i64->i32": base[:i64] + [(base[i64][0], base[i64][1], base[i64][2],
                                          (tuple("i32" if t == "i64" else t for t in base[i64][3][0]),
                                           base[i64][3][1]))] + base[i64 + 1:],
        "extra param": base[1:] + [(first[0], first[1], first[2], (first[3][0] + ("i32",), first[3][1]))],
        "result dropped": base[1:] + [(first[0], first[1], first[2], (first[3][0], ()))],
        "missing import": base[1:],
        "extra func import": base + [("func", "env", "memcpy", (("i32", "i32", "i32"), ("i32",)))],
        "duplicate import": base + [first],
        "non-env memory import": base + [("memory", "wasix_32v1", "memory", None)],
    }
    for what, imports in mutations.items():
        if not check(imports, expected):
            failures.append("mutation not caught: " + what)
    allowed = base + [("memory", "env", "memory", None), ("global", "env", "__stack_pointer", None)]
    if check(allowed, expected):
        failures.append("env.memory / env.__stack_pointer were rejected")
    return failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gen", required=True)
    ap.add_argument("--model", required=True, choices=["wasm32", "wasm64"])
    ap.add_argument("--objdump", default="wasm-objdump")
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("--expect-error", action="append", default=[])
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()

    witx = args.files if args.selftest else args.files[1:]
    dump = subprocess.run([args.gen, "--dump-layout", args.model] + witx, stdout=subprocess.PIPE, text=True)
    if dump.returncode != 0:
        raise SystemExit("wasix-gen --dump-layout failed")
    expected = parse_dump(dump.stdout)
    if not expected:
        raise SystemExit("the spec has no functions for " + args.model)

    if args.selftest:
        failures = selftest(expected)
        for f in failures:
            print("FAIL:", f)
        print("selftest: %d spec functions, %s" % (len(expected), "FAILED" if failures else "ok"))
        return 1 if failures else 0

    module = args.files[0]
    by_objdump = run_objdump(args.objdump, module)
    by_reader = read_binary(module)
    if sorted(by_objdump, key=repr) != sorted(by_reader, key=repr):
        print("wasm-objdump and the builtin reader disagree on %s:" % module)
        print("  objdump only:", sorted(set(map(repr, by_objdump)) - set(map(repr, by_reader))))
        print("  reader only: ", sorted(set(map(repr, by_reader)) - set(map(repr, by_objdump))))
        return 1
    errors = check(by_objdump, expected)
    funcs = sum(1 for i in by_objdump if i[0] == "func")
    if args.expect_error:
        missing = [t for t in args.expect_error if not any(t in e for e in errors)]
        for e in errors:
            print("expected error:", e)
        if missing:
            print("FAIL: no error mentions: %s" % missing)
            return 1
        print("%s: the checker rejects it as it should" % module)
        return 0
    for e in errors:
        print("error:", e)
    print("%s (%s): %d function imports, spec has %d: %s"
          % (module, args.model, funcs, len(expected), "MISMATCH" if errors else "ok"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
