#!/usr/bin/env python3
"""collect.py — bench/run.sh's last step: the summaries of the benchmarks into one table.

    python3 bench/collect.py --command "bench/run.sh" [--readme README.md] [--failed NAME...] BENCH...

Reads bench/BENCH/summary.tsv for each BENCH (rows as bench/lib.sh describes), writes
bench/results.md (every row: the SDK's number, the baseline measured in the same run, the ratio
SDK / baseline, the goal and whether it is met), and, with --readme, replaces the part of that
file between "<!-- bench:begin -->" and "<!-- bench:end -->" with the same table without the
rows marked detail. Standard library only.
"""
import argparse
import csv
import datetime
import os
import platform
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def number(value, unit):
    v = float(value)
    if unit == "ns":
        v, unit = (v / 1e6, "ms") if v >= 1e6 else ((v / 1e3, "µs") if v >= 1e3 else (v, "ns"))
    elif unit == "us":
        v, unit = (v / 1e3, "ms") if v >= 1e3 else (v, "µs")
    elif unit == "ms" and v >= 1e4:
        v, unit = v / 1e3, "s"
    elif unit in ("B",) and v >= 1e4:
        v, unit = v / 1024, "KiB"
    elif unit in ("instructions", "req/s", "/s") and v >= 1e4:
        v, unit = (v / 1e6, "M " + unit) if v >= 1e6 else (v / 1e3, "k " + unit)
    text = ("%.3g" % v) if abs(v) < 1000 else ("%.0f" % v)
    if "e" in text:
        text = "%.0f" % v
    return "%s %s" % (text, unit)


def ratio_text(r):
    if r == 0:
        return "0"
    if r < 0.01:
        return "1/%.0f" % (1 / r)
    return ("%.3g×" % r) if r < 1000 else ("%.0f×" % r)


def verdict(r, goal):
    m = re.match(r"^(<=|>=)\s*([0-9.]+)$", goal or "")
    if not m:
        return "", ""
    g = float(m.group(2))
    shown = ("≤ " if m.group(1) == "<=" else "≥ ") + m.group(2) + "×"
    ok = r <= g if m.group(1) == "<=" else r >= g
    if ok:
        return shown, "met"
    short = r / g if m.group(1) == "<=" else (g / r if r > 0 else float("inf"))
    return shown, "short by %.2f×" % short


def rows_of(bench):
    path = os.path.join(HERE, bench, "summary.tsv")
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def table(entries, with_detail):
    out = ["| bench | quantity | SDK | baseline (same run) | ratio | goal | verdict |",
           "|---|---|---:|---|---:|---:|---|"]
    for bench, row in entries:
        if row.get("detail") == "1" and not with_detail:
            continue
        sdk, base = float(row["sdk"]), float(row["baseline"])
        r = sdk / base if base else 0.0
        goal, v = verdict(r, row.get("goal"))
        quantity = row["quantity"] + (" (%s)" % row["note"] if row.get("note") else "")
        out.append("| %s | %s | %s | %s: %s | %s | %s | %s |" % (
            bench, quantity, number(row["sdk"], row["unit"]), row["baseline_name"],
            number(row["baseline"], row["unit"]), ratio_text(r), goal, "**%s**" % v if v else ""))
    return out


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
    except OSError:
        pass
    load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"]
    return "%s, %d cores (%s), load average %s at the end" % (platform.system(), os.cpu_count() or 0, cpu, " ".join(load))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--command", required=True)
    ap.add_argument("--readme")
    ap.add_argument("--runner", default="", help="wasix-run --version")
    ap.add_argument("--failed", nargs="*", default=[])
    ap.add_argument("benches", nargs="+")
    args = ap.parse_args()
    entries = []
    for b in args.benches:
        if b in args.failed:
            continue
        entries += [(b, r) for r in rows_of(b)]
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    about = ["Measured %s with `%s`; %s; %s." % (date, args.command, args.runner or "wasix-run", machine()),
             "Every ratio is SDK / baseline, both measured in this run (medians of interleaved repeats where "
             "a bench repeats); a goal is on that ratio (≥ where higher is better)."]
    if args.failed:
        about.append("**Failed in this run** (no rows): %s." % ", ".join(args.failed))
    md = ["# Benchmarks: all results", "", "Written by `bench/run.sh` (do not edit). " + " ".join(about), "",
          "Details, how each number is measured and each bench's own table: `bench/README.md` and "
          "`bench/<bench>/results.md`.", ""] + table(entries, True) + [""]
    with open(os.path.join(HERE, "results.md"), "w") as f:
        f.write("\n".join(md))
    if args.readme:
        with open(args.readme) as f:
            text = f.read()
        if BEGIN not in text or END not in text:
            sys.exit("collect.py: %s has no %s / %s markers" % (args.readme, BEGIN, END))
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        block = [BEGIN, "", " ".join(about) + " All rows, with the breakdowns: "
                 "[`bench/results.md`](bench/results.md).", ""] + table(entries, False) + ["", END]
        with open(args.readme, "w") as f:
            f.write(head + "\n".join(block) + tail)
    print("\n".join(table(entries, True)))


if __name__ == "__main__":
    main()
