#!/usr/bin/env python3
"""Wrapper cost benchmark: code bytes of typed wrappers vs raw imports.

    python3 bench/wrapper_cost/run.py [--clang clang++-19] [--objdump wasm-objdump]
                                      [--out bench/wrapper_cost/results.md]

Compiles calls.cpp at -O2 for wasm32 (wasi sysroot) and wasm64 (freestanding),
links each without wasm-opt, and for every pair w_NAME / r_NAME compares the
body size from `wasm-objdump -x -j Code` and the instructions from
`wasm-objdump -d`. Any other function the wrappers leave out of line is listed
as extra cost. Prints a table and writes a markdown snippet. Not a test: the
numbers are reported, not asserted. Standard library only.
"""
import argparse
import datetime
import difflib
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import summary as bench_summary  # noqa: E402  (bench/summary.py)
ROOT = os.path.dirname(os.path.dirname(HERE))
SOURCE = os.path.join(HERE, "calls.cpp")
IGNORED = {"__wasm_call_ctors", "_initialize", "strlen"}

MODELS = {
    "wasm32": (["--target=wasm32-wasi", "--sysroot=/usr"], ["--target=wasm32-wasi", "--sysroot=/usr", "-mexec-model=reactor"]),
    "wasm64": (["--target=wasm64-unknown-unknown", "-ffreestanding"],
               ["--target=wasm64-unknown-unknown", "-nostdlib", "-Wl,--no-entry"]),
}


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # wabt 1.0.32 exits 1 on wasm64's 64-bit table after printing everything.
    if p.returncode != 0 and "tables may not be 64-bit" not in p.stderr:
        sys.exit("command failed: %s\n%s" % (" ".join(cmd), p.stderr))
    return p.stdout


def build(clang, model, tmp, defines=()):
    cflags, lflags = MODELS[model]
    tag = model + "".join(defines)
    obj = os.path.join(tmp, tag + ".o")
    wasm = os.path.join(tmp, tag + ".wasm")
    run([clang] + cflags + list(defines) + ["-std=c++17", "-O2", "-Wall", "-Wextra",
                                            "-I" + os.path.join(ROOT, "include"), "-c", SOURCE, "-o", obj])
    # No -O at link time: clang would run wasm-opt, which rejects wasm64.
    run([clang] + lflags + [obj, "-o", wasm])
    return wasm


def sizes(objdump, wasm):
    out = {}
    for line in run([objdump, "-x", "-j", "Code", wasm]).splitlines():
        m = re.match(r"^ - func\[\d+\] size=(\d+) <(.+)>$", line)
        if m:
            out[m.group(2)] = int(m.group(1))
    return out


def bodies(objdump, wasm):
    out, current = {}, None
    for line in run([objdump, "-d", wasm]).splitlines():
        m = re.match(r"^[0-9a-f]+ func\[\d+\] <(.+)>:$", line)
        if m:
            current = m.group(1)
            out[current] = []
        elif current and "|" in line:
            out[current].append(line.split("|", 1)[1].strip())
    return out


def measure(clang, objdump, model):
    with tempfile.TemporaryDirectory() as tmp:
        wasm = build(clang, model, tmp)
        size, body = sizes(objdump, wasm), bodies(objdump, wasm)
        wasm16 = build(clang, model, tmp, ("-DRAW_ERRNO_U16",))
        size16, body16 = sizes(objdump, wasm16), bodies(objdump, wasm16)
    names = sorted(n[2:] for n in size if n.startswith("w_") and "r_" + n[2:] in size)
    rows = []
    for n in names:
        w, r16 = body["w_" + n], body16["r_" + n]
        diff = list(difflib.ndiff(r16, w))
        rows.append({
            "name": n, "wrapper": size["w_" + n], "raw": size["r_" + n], "raw16": size16["r_" + n],
            "same_code": w == body["r_" + n], "same_code16": w == r16,
            "extra": [l[2:] for l in diff if l.startswith("+ ")],
            "fewer": [l[2:] for l in diff if l.startswith("- ")],
        })
    outlined = {k: v for k, v in size.items()
                if not k.startswith(("w_", "r_")) and k not in IGNORED}
    return rows, outlined


def describe(row):
    if row["same_code16"]:
        return "identical" if row["same_code"] else "identical to raw-u16"
    ops = [re.sub(r"\s+\d.*$", "", x) for x in row["extra"]]
    short = ", ".join(sorted(set(ops)))[:60]
    return "vs raw-u16 +%d/-%d instrs: %s" % (len(row["extra"]), len(row["fewer"]), short)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clang", default="clang++-19")
    ap.add_argument("--objdump", default="wasm-objdump")
    ap.add_argument("--out", default=os.path.join(HERE, "results.md"))
    ap.add_argument("--quick", action="store_true", help="accepted for bench/run.sh; the bench is quick")
    args = ap.parse_args()

    results = {m: measure(args.clang, args.objdump, m) for m in MODELS}
    version = run([args.clang, "--version"]).splitlines()[0]
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    md = ["### Wrapper cost (%s)" % date, "",
          "`bench/wrapper_cost/run.py`: %s, `-O2`; code bytes of each function body "
          "(wasm-objdump `Code` section). *wrapper*: the typed wrapper; *raw*: the raw import, its i32 errno "
          "passed on as is; *raw-u16*: the raw import with the errno narrowed to u16, the spec's errno type "
          "(what C code using wasi-libc's `__wasi_errno_t` does)." % version, ""]
    for model, (rows, outlined) in results.items():
        tw = sum(r["wrapper"] for r in rows)
        tr = sum(r["raw"] for r in rows)
        t16 = sum(r["raw16"] for r in rows)
        same = sum(1 for r in rows if r["same_code"])
        same16 = sum(1 for r in rows if r["same_code16"])
        out_b = sum(outlined.values())
        summary = ("%s: %d pairs; identical code: %d vs raw, %d vs raw-u16; total wrapper %d B, raw %d B (%+d), "
                   "raw-u16 %d B (%+d); out-of-line wrapper code %d B"
                   % (model, len(rows), same, same16, tw, tr, tw - tr, t16, tw - t16, out_b))
        print("\n== " + summary)
        print("%-22s %8s %6s %8s %7s %7s  %s" % ("function", "wrapper", "raw", "raw-u16", "d(raw)", "d(u16)", "difference"))
        md += ["**" + model + "**: " + summary.split(": ", 1)[1] + ".", "",
               "| function | wrapper B | raw B | raw-u16 B | diff vs raw | diff vs raw-u16 | difference |",
               "|---|---:|---:|---:|---:|---:|---|"]
        for r in rows:
            d, d16 = r["wrapper"] - r["raw"], r["wrapper"] - r["raw16"]
            print("%-22s %8d %6d %8d %+7d %+7d  %s" % (r["name"], r["wrapper"], r["raw"], r["raw16"], d, d16, describe(r)))
            md.append("| %s | %d | %d | %d | %+d | %+d | %s |" % (r["name"], r["wrapper"], r["raw"], r["raw16"], d, d16,
                                                               describe(r).replace("|", "\\|")))
        for name, sz in sorted(outlined.items()):
            print("%-22s %8d %6s %8s %+7d %+7d  out-of-line function left by the wrappers" % (name[:22], sz, "-", "-", sz, sz))
            md.append("| `%s` (out of line) | %d | - | - | %+d | %+d | not inlined into its caller |" % (name, sz, sz, sz))
        md.append("")
    with open(args.out, "w") as f:
        f.write("\n".join(md))
    bench_summary.write(os.path.join(HERE, "summary.tsv"), [
        {"key": "wrapper_bytes_" + model, "quantity": "code bytes of 16 calls through the typed wrappers, %s, -O2" % model,
         "sdk": sum(r["wrapper"] for r in rows), "baseline": sum(r["raw16"] for r in rows), "unit": "B",
         "baseline_name": "the raw imports, errno narrowed to u16", "detail": "" if model == "wasm32" else "1"}
        for model, (rows, _) in results.items()])
    print("\nwrote", os.path.relpath(args.out))


if __name__ == "__main__":
    main()
