#!/usr/bin/env python3
"""Header cost benchmark: -fsyntax-only cost of <wasix/wasix.hpp> and of each area header
(<wasix/core.hpp>, <wasix/sockets.hpp>, ...) vs wasi-libc's <wasi/api.h>.

    python3 bench/header_cost/run.py [--clang clang++-19] [--runs 30] [--no-hyperfine]
                                     [--no-callgrind] [--out bench/header_cost/results.md]

Both TUs are compiled as C++17 with `clang++-19 --target=wasm32-wasi --sysroot=/usr
-fsyntax-only` (Debian's prebuilt wasi-libc provides <wasi/api.h>). Measured two ways:
  - wall time with hyperfine (noisy on a shared machine: mean +- stddev);
  - instructions executed, with valgrind --tool=callgrind (stable run to run).
The ratio is wasix / wasi-api; "net" subtracts an empty TU (the compiler's own
start-up), which is what the header itself costs. A breakdown of the pieces of
the umbrella follows. Prints a table and writes a markdown snippet. Goals (total
instructions): the umbrella <= 2x, a guest that includes one area header <= 1x.
Standard library only (plus hyperfine and valgrind if installed).
"""
import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import summary as bench_summary  # noqa: E402  (bench/summary.py)
ROOT = os.path.dirname(os.path.dirname(HERE))
INCLUDE = os.path.join(ROOT, "include")

# The area headers: every generated <wasix/NAME.hpp> but the umbrellas.
# <wasix/fiber.hpp> is hand-written, not an ABI area: a library over <memory>
# and <ucontext.h> that <wasix/wasix.hpp> does not include.
AREAS = sorted(f[:-4] for f in os.listdir(os.path.join(INCLUDE, "wasix"))
               if f.endswith(".hpp") and f not in ("wasix.hpp", "functions.hpp", "fiber.hpp"))

# name -> TU text. The first three are the comparison, then one row per area
# header (each compared with wasi_api too); the rest the breakdown.
TUS = [
    ("empty", ""),
    ("wasi_api", "#include <wasi/api.h>\n"),
    ("wasix", "#include <wasix/wasix.hpp>\n"),
] + [("area_" + a, "#include <wasix/%s.hpp>\n" % a) for a in AREAS] + [
    ("wasix_config", "#include <wasix/support/config.hpp>\n"),
    ("wasix_shared32", "#include <wasix/abi/shared/wasm32.hpp>\n"),
    ("wasix_guest", "#include <wasix/abi/shared/guest.hpp>\n"),
    ("wasix_common", "#include <wasix/abi/common.hpp>\n"),
    ("wasix_wasm32", "#include <wasix/abi/wasm32.hpp>\n"),
    ("wasix_wasm32_wasm64", "#include <wasix/abi/wasm32.hpp>\n#include <wasix/abi/wasm64.hpp>\n"),
]
COMPARED = 3 + len(AREAS)


def compile_cmd(clang, path):
    return [clang, "--target=wasm32-wasi", "--sysroot=/usr", "-std=c++17", "-I" + INCLUDE, "-fsyntax-only", path]


def preprocessed_lines(clang, path):
    cmd = compile_cmd(clang, path)
    cmd[cmd.index("-fsyntax-only")] = "-E"
    out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout
    return out.count(b"\n"), len(out)


def callgrind(clang, path):
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", "--trace-children=yes"]
    p = subprocess.run(cmd + compile_cmd(clang, path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit("callgrind run failed:\n" + p.stderr)
    counts = [int(x) for x in re.findall(r"Collected : (\d+)", p.stderr)]
    if not counts:
        sys.exit("no callgrind totals in:\n" + p.stderr)
    return sum(counts)


def hyperfine(clang, paths, runs, tmp):
    out = os.path.join(tmp, "hyperfine.json")
    cmds = [" ".join(compile_cmd(clang, p)) for p in paths]
    subprocess.run(["hyperfine", "-N", "--warmup", "3", "--runs", str(runs), "--export-json", out] + cmds,
                   check=True, stdout=subprocess.DEVNULL)
    with open(out) as f:
        data = json.load(f)["results"]
    return [(r["mean"], r["stddev"]) for r in data]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clang", default="clang++-19")
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--no-hyperfine", action="store_true")
    ap.add_argument("--no-callgrind", action="store_true")
    ap.add_argument("--out", default=os.path.join(HERE, "results.md"))
    ap.add_argument("--quick", action="store_true", help="no breakdown, no hyperfine: the compared TUs only")
    args = ap.parse_args()
    tus = TUS[:COMPARED] if args.quick else TUS
    if args.quick:
        args.no_hyperfine = True
    use_hf = not args.no_hyperfine and shutil.which("hyperfine")
    use_cg = not args.no_callgrind and shutil.which("valgrind")
    if not use_hf and not use_cg:
        sys.exit("neither hyperfine nor valgrind is available")

    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, text in tus:
            paths[name] = os.path.join(tmp, name + ".cpp")
            with open(paths[name], "w") as f:
                f.write(text)
        pp = {n: preprocessed_lines(args.clang, paths[n]) for n, _ in tus}
        ir = {}
        if use_cg:
            for n, _ in tus:
                ir[n] = callgrind(args.clang, paths[n])
        wall = {}
        if use_hf:
            names = [n for n, _ in TUS[:COMPARED]]
            for n, t in zip(names, hyperfine(args.clang, [paths[n] for n in names], args.runs, tmp)):
                wall[n] = t

    version = subprocess.run([args.clang, "--version"], stdout=subprocess.PIPE, text=True).stdout.splitlines()[0]
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    md = ["### Header cost (%s)" % date, "",
          "`bench/header_cost/run.py`: %s `--target=wasm32-wasi --sysroot=/usr -std=c++17 -fsyntax-only`; "
          "a TU that only includes the header. *net* = minus an empty TU (compiler start-up)." % version, "",
          "| TU | preprocessed lines | bytes | instructions (callgrind) | / wasi_api (total, net) | wall time (hyperfine) |",
          "|---|---:|---:|---:|---:|---:|"]
    print("%-22s %8s %9s %14s %14s %18s" % ("TU", "lines", "bytes", "instructions", "/ wasi_api", "wall (ms)"))
    for n, text in TUS[:COMPARED]:
        w = "%.1f +- %.1f ms" % (wall[n][0] * 1e3, wall[n][1] * 1e3) if n in wall else "-"
        i = "{:,}".format(ir[n]) if n in ir else "-"
        r = "-"
        if ir and n != "empty":
            r = "%.2fx, %.2fx" % (ir[n] / ir["wasi_api"], (ir[n] - ir["empty"]) / (ir["wasi_api"] - ir["empty"]))
        label = text.strip().replace("#include ", "") or "(empty)"
        print("%-22s %8d %9d %14s %14s %18s" % (n, pp[n][0], pp[n][1], i, r, w))
        md.append("| `%s` | %d | %d | %s | %s | %s |" % (label, pp[n][0], pp[n][1], i, r, w))
    md.append("")
    ratios = []
    if ir:
        total = ir["wasix"] / ir["wasi_api"]
        net = (ir["wasix"] - ir["empty"]) / (ir["wasi_api"] - ir["empty"])
        ratios.append("instructions: **%.2fx** total, **%.2fx** net" % (total, net))
    if wall:
        total = wall["wasix"][0] / wall["wasi_api"][0]
        net = (wall["wasix"][0] - wall["empty"][0]) / max(wall["wasi_api"][0] - wall["empty"][0], 1e-9)
        ratios.append("wall time: **%.2fx** total, **%.2fx** net (%d runs)" % (total, net, args.runs))
    line = "Ratio wasix.hpp / wasi/api.h (goal <= 2x): " + "; ".join(ratios) + "."
    print("\n" + line.replace("**", ""))
    md += [line, ""]
    if ir and AREAS:
        worst = max(AREAS, key=lambda a: ir["area_" + a])
        line = ("One area header / wasi/api.h (goal <= 1x): instructions **%.2fx**-**%.2fx** total "
                "(`<wasix/%s.hpp>` the most)." % (min(ir["area_" + a] for a in AREAS) / ir["wasi_api"],
                                                  ir["area_" + worst] / ir["wasi_api"], worst))
        print(line.replace("**", ""))
        md += [line, ""]
    if ir and len(tus) > COMPARED:
        md += ["Breakdown (callgrind, net of the empty TU):", "",
               "| TU | preprocessed lines | net instructions | share of wasix.hpp |", "|---|---:|---:|---:|"]
        print("\nbreakdown (net instructions):")
        full = ir["wasix"] - ir["empty"]
        for n, text in TUS[COMPARED:] + [TUS[2], TUS[1]]:
            net = ir[n] - ir["empty"]
            label = text.strip().replace("\n", " + ").replace("#include ", "")
            print("  %-60s %14s %6.1f%%" % (label, "{:,}".format(net), 100.0 * net / full))
            md.append("| `%s` | %d | %s | %.1f%% |" % (label, pp[n][0], "{:,}".format(net), 100.0 * net / full))
        md.append("")
    with open(args.out, "w") as f:
        f.write("\n".join(md))
    print("\nwrote", os.path.relpath(args.out))
    if ir:
        base = {"baseline": ir["wasi_api"], "unit": "instructions", "baseline_name": "`<wasi/api.h>`"}
        rows = [dict(base, key="header_umbrella", quantity="compiling `#include <wasix/wasix.hpp>` (callgrind, total)",
                     sdk=ir["wasix"], goal="<=2")]
        ends = {min(AREAS, key=lambda a: ir["area_" + a]), max(AREAS, key=lambda a: ir["area_" + a])}
        rows += [dict(base, key="header_area_" + a, quantity="compiling `#include <wasix/%s.hpp>` (one area)" % a,
                      sdk=ir["area_" + a], goal="<=1", detail="" if a in ends else "1") for a in AREAS]
        bench_summary.write(os.path.join(HERE, "summary.tsv"), rows)


if __name__ == "__main__":
    main()
