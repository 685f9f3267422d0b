#!/usr/bin/env python3
"""differential.py - runs one sysroot test on Linux and on WASIX and compares.

  differential.py compare --test NAME --program REL --native DIR --wasm DIR
                          --work DIR --results DIR --known FILE
  differential.py summary --results DIR --tests NAME,NAME,...

compare: runs DIR/bin/REL (native build tree) and DIR/bin/REL.wasm (wasm
build tree, through the CMAKE_CROSSCOMPILING_EMULATOR its configuration
recorded, i.e. wasix-run), each with a fresh scratch directory of its own as
argv[1], and compares the lines they record through check.h ("name: outcome").
The test passes when both runs end normally, no CHECK failed on either side,
and every recorded name has the same outcome on both sides or is listed in
the known-differences file with exactly the outcomes observed. It writes
RESULTS/NAME.json for the summary and prints, last,
  differential: N calls compared, M match Linux, K known differences

summary: adds up RESULTS/*.json of the given tests.
"""
import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys

RECORD = re.compile(r"^([^\s:]+): (.*)$")
END = re.compile(r"^END (\d+) checks passed, (\d+) failed$")
GUEST_SCRATCH = "/scratch"
GUEST_SELF_DIR = "/self"
RUN_SECONDS = 120
PORTS_PER_RUN = 4
CONTEXT = 2


def free_ports(n):
    """n TCP ports on 127.0.0.1 that nothing holds right now, TIME_WAIT
    included: the kernel picks them for a bind to port 0 without
    SO_REUSEADDR. (The runtime reports a listen on a port in TIME_WAIT as
    successful but accepts nothing, so a held port must not be reused.) All
    n are held until all are chosen, so they differ."""
    held = []
    try:
        for _ in range(n):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            held.append(s)
        return ",".join(str(s.getsockname()[1]) for s in held)
    finally:
        for s in held:
            s.close()


def read_tree_info(tree):
    """The key=value lines tests/sysroot/CMakeLists.txt wrote into a build tree."""
    path = os.path.join(tree, "sysroot-tests.txt")
    info = {}
    try:
        with open(path) as f:
            for line in f:
                key, _, value = line.rstrip("\n").partition("=")
                info[key] = value
    except OSError:
        sys.exit("FAIL: %s is missing: the sysroot.build fixture has not run" % path)
    return info


def load_known(path):
    """known-differences.txt: `test | name | linux outcome | wasix outcome | reason`."""
    known = {}
    with open(path) as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            # " | " separates: outcomes may contain "|" (O_RDONLY|O_NONBLOCK)
            fields = [x.strip() for x in line.split(" | ", 4)]
            if len(fields) != 5 or not all(fields):
                sys.exit("FAIL: %s:%d: expected `test | name | linux | wasix | reason`" % (path, number))
            test, name, linux, wasix, reason = fields
            if (test, name) in known:
                sys.exit("FAIL: %s:%d: %s %s is listed twice" % (path, number, test, name))
            known[(test, name)] = (linux, wasix, reason, number)
    return known


class Run:
    """One execution of a test program and what it recorded."""

    def __init__(self, side, cmd, cwd):
        self.side = side
        self.records = {}
        self.order = []
        self.problems = []
        self.check_failures = []
        self.other = []
        self.ended = False
        try:
            p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                               timeout=RUN_SECONDS + 30)
            self.code = p.returncode
            out = p.stdout.decode("utf-8", "replace")
            self.stderr = p.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired as e:
            self.code = None
            out = (e.stdout or b"").decode("utf-8", "replace")
            self.stderr = (e.stderr or b"").decode("utf-8", "replace")
            self.problems.append("timed out after %d s" % (RUN_SECONDS + 30))
        self.parse(out)

    def parse(self, out):
        for line in out.splitlines():
            if line.startswith("CHECK FAILED "):
                self.check_failures.append(line)
                continue
            m = END.match(line)
            if m:
                self.ended = True
                continue
            m = RECORD.match(line)
            if m:
                name, outcome = m.group(1), m.group(2).strip()
                if name in self.records:
                    self.problems.append("`%s` is recorded twice (names must be unique)" % name)
                    continue
                self.records[name] = outcome
                self.order.append(name)
            else:
                self.other.append(line)
        if self.code is not None and self.code not in (0, 1):
            self.problems.append("exited with status %d" % self.code)
        if not self.ended:
            self.problems.append("stopped before check_done() (no END line)")
        if self.check_failures:
            self.problems.append("%d CHECK(s) failed" % len(self.check_failures))

    def report(self):
        lines = ["%s: %s" % (self.side, p) for p in self.problems]
        lines += ["  " + c for c in self.check_failures]
        if self.problems and self.other:
            lines += ["  stdout: " + o for o in self.other[-10:]]
        if self.problems and self.stderr.strip():
            lines += ["  stderr: " + e for e in self.stderr.strip().splitlines()[-10:]]
        return lines


def merged_names(a, b):
    """Names of both runs, in the native run's order, WASIX-only ones where they appeared."""
    names = list(a.order)
    seen = set(names)
    for i, name in enumerate(b.order):
        if name not in seen:
            # after the nearest preceding name both runs have
            pos = len(names)
            for prev in reversed(b.order[:i]):
                if prev in seen:
                    pos = names.index(prev) + 1
                    break
            names.insert(pos, name)
            seen.add(name)
    return names


def print_diff(names, linux, wasix, known_names):
    """The differing records with CONTEXT agreeing ones around them, Linux
    as -, WASIX as +; known differences count as agreeing."""
    same = [linux.get(n) == wasix.get(n) or n in known_names for n in names]
    show = [any(not same[j] for j in range(max(0, i - CONTEXT), min(len(names), i + CONTEXT + 1)))
            for i in range(len(names))]
    print("records, linux (-) vs wasix (+):")
    gap = False
    for i, name in enumerate(names):
        if not show[i]:
            gap = True
            continue
        if gap:
            print("  ...")
            gap = False
        if same[i]:
            print("   %s: %s" % (name, linux.get(name, wasix.get(name))))
            continue
        if name in linux:
            print("  -%s: %s" % (name, linux[name]))
        if name in wasix:
            print("  +%s: %s" % (name, wasix[name]))


def compare(args):
    known_all = load_known(args.known)
    native_info = read_tree_info(args.native)
    wasm_info = read_tree_info(args.wasm)
    emulator = [x for x in wasm_info.get("emulator", "").split(";") if x]
    if not emulator:
        sys.exit("FAIL: the wasm tree has no CMAKE_CROSSCOMPILING_EMULATOR (wasix-run)")
    native_prog = os.path.join(args.native, "bin", args.program + native_info.get("suffix", ""))
    wasm_prog = os.path.join(args.wasm, "bin", args.program + wasm_info.get("suffix", ".wasm"))
    for prog in (native_prog, wasm_prog):
        if not os.path.exists(prog):
            sys.exit("FAIL: %s is missing: re-run sysroot.build (a new test needs the top-level "
                     "project reconfigured)" % prog)

    # A fresh scratch directory per side: the native program gets its host
    # path, the guest the same kind of directory mounted at /scratch.
    shutil.rmtree(args.work, ignore_errors=True)
    scratch_native = os.path.join(args.work, "native")
    scratch_wasm = os.path.join(args.work, "wasm")
    os.makedirs(scratch_native)
    os.makedirs(scratch_wasm)

    # argv[3] is the program's own path, for tests that start themselves
    # (check_self() in check.h); the guest sees its directory read-only.
    native = Run("linux", [native_prog, scratch_native, free_ports(PORTS_PER_RUN), native_prog],
                 scratch_native)
    guest_self = GUEST_SELF_DIR + "/" + os.path.basename(wasm_prog)
    # The guest starts in its scratch directory, as the native program does (the toolchain's
    # emulator would start it in the host's current directory: --map-cwd).
    wasm = Run("wasix", emulator + ["--timeout", str(RUN_SECONDS * 1000),
                                    "--cwd", GUEST_SCRATCH,
                                    "--dir", scratch_wasm + ":" + GUEST_SCRATCH,
                                    "--dir", os.path.dirname(os.path.abspath(wasm_prog)) + ":" + GUEST_SELF_DIR + ":ro",
                                    wasm_prog, GUEST_SCRATCH, free_ports(PORTS_PER_RUN), guest_self],
               scratch_wasm)

    known = {name: v for (test, name), v in known_all.items() if test == args.test}
    names = merged_names(native, wasm)
    matches, known_seen, differs, stale = 0, [], [], []
    stale_names = []
    for name in names:
        linux = native.records.get(name, "<not recorded>")
        wasix = wasm.records.get(name, "<not recorded>")
        entry = known.pop(name, None)
        if linux == wasix:
            matches += 1
            if entry:
                stale_names.append(name)
                stale.append("%s: both record %r but known-differences.txt:%d still lists it: "
                             "delete the entry" % (name, linux, entry[3]))
        elif entry and (entry[0], entry[1]) == (linux, wasix):
            known_seen.append((name, linux, wasix, entry[2]))
        elif entry:
            differs.append("%s: linux %r, wasix %r (known-differences.txt:%d expects linux %r, wasix %r)"
                           % (name, linux, wasix, entry[3], entry[0], entry[1]))
        else:
            differs.append("%s: linux %r, wasix %r" % (name, linux, wasix))
    for name, entry in known.items():
        stale_names.append(name)
        stale.append("%s: listed in known-differences.txt:%d but recorded by neither side" % (name, entry[3]))

    problems = native.report() + wasm.report()
    ok = not problems and not differs and not stale
    for name, linux, wasix, reason in known_seen:
        print("known difference: %s: linux %r, wasix %r (%s)" % (name, linux, wasix, reason))
    if not ok:
        for line in problems:
            print(line)
        if differs:
            print("differs from Linux:")
            for line in differs:
                print("  " + line)
        for line in stale:
            print("stale: " + line)
        if differs:
            print_diff(names, native.records, wasm.records, {k[0] for k in known_seen})
    summary = "differential: %d calls compared, %d match Linux, %d known differences" % (
        len(names), matches, len(known_seen))
    if differs:
        summary += ", %d differ" % len(differs)
    print(summary)

    os.makedirs(args.results, exist_ok=True)
    with open(os.path.join(args.results, args.test + ".json"), "w") as f:
        json.dump({"test": args.test, "calls": len(names), "match": matches, "known": len(known_seen),
                   "differ": len(differs), "stale": stale_names, "passed": ok}, f)
    return 0 if ok else 1


def summary(args):
    tests = [t[len("sysroot."):] if t.startswith("sysroot.") else t for t in args.tests.split(",") if t]
    calls = matches = known = 0
    counted, missing, failed = 0, [], []
    for test in tests:
        try:
            with open(os.path.join(args.results, test + ".json")) as f:
                r = json.load(f)
        except (OSError, ValueError):
            missing.append(test)
            continue
        counted += 1
        calls += r["calls"]
        matches += r["match"]
        known += r["known"]
        if not r["passed"]:
            failed.append(test)
    if failed:
        print("failed: " + ", ".join("sysroot." + t for t in failed))
    if missing:
        print("no result (not run since the last sysroot.build): " + ", ".join("sysroot." + t for t in missing))
    print("differential: %d calls compared across %d tests, %d match Linux, %d known differences"
          % (calls, counted, matches, known))
    return 1 if missing else 0


def prune(args):
    """Deletes the known-differences entries that the last runs found stale
    (both sides agree now, or neither records the name)."""
    stale = set()
    for entry in os.listdir(args.results):
        if entry.endswith(".json"):
            with open(os.path.join(args.results, entry)) as f:
                r = json.load(f)
            stale.update((r["test"], name) for name in r.get("stale", []))
    with open(args.known) as f:
        lines = f.readlines()
    kept = []
    for line in lines:
        fields = line.split(" | ")
        if not line.startswith("#") and len(fields) >= 2 and (fields[0].strip(), fields[1].strip()) in stale:
            continue
        kept.append(line)
    with open(args.known, "w") as f:
        f.writelines(kept)
    print("prune: %d stale entries deleted from %s" % (len(lines) - len(kept), args.known))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("compare")
    for opt in ("--test", "--program", "--native", "--wasm", "--work", "--results", "--known"):
        c.add_argument(opt, required=True)
    s = sub.add_parser("summary")
    s.add_argument("--results", required=True)
    s.add_argument("--tests", required=True)
    p = sub.add_parser("prune", help="delete the stale entries the last runs reported")
    p.add_argument("--results", required=True)
    p.add_argument("--known", required=True)
    args = ap.parse_args()
    return {"compare": compare, "summary": summary, "prune": prune}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
