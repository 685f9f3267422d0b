#!/usr/bin/env python3
"""breakdown.py DIR... — where a traced wasix-run hello spends its time (bench/startup/run.sh).

Each DIR holds one run: trace.txt (the lines trace.mjs appended, plus run.sh's "launch" and
"end" lines) and stdout.txt (the guest's guest_main / guest_return stamps). Prints one line per
phase, "key<TAB>median microseconds<TAB>label", medians over the runs, then "total".
"""
import statistics
import sys


def events(d):
    ev = []
    with open(d + "/trace.txt") as f:
        for line in f:
            parts = line.split(None, 3)
            ev.append((float(parts[0]), parts[1], parts[2], parts[3].strip() if len(parts) > 3 else ""))
    with open(d + "/stdout.txt") as f:
        for line in f:
            p = line.split()
            if len(p) == 2 and p[0] in ("guest_main", "guest_return"):
                ev.append((float(p[1]), "guest", p[0], ""))
    return ev


def first(ev, thread, name, detail=None, after=0.0):
    for t, th, n, d in sorted(ev):
        if t >= after and n == name and (thread is None or th == thread or (thread == "worker" and th.startswith("w"))) \
                and (detail is None or d.startswith(detail)):
            return t
    raise SystemExit("breakdown.py: no %s %s event" % (thread, name))


# (key, label, start event, end event); events are (thread, name, detail-prefix). The phases
# follow the main thread and then the guest's worker; the worker itself starts right after the
# runner has read its arguments (the first @wasmer/sdk resolve), so its own start-up runs during
# "guest validated, SDK imported" and later phases and is not a phase of its own.
PHASES = [
    ("launcher", "wasix-run's shell launcher, exec of node", ("run", "launch"), ("main", "node_start")),
    ("node", "Node's own start-up (until bootstrap complete)", ("main", "node_start"), ("main", "node_bootstrapped")),
    ("runner", "the runner's modules and arguments, the first worker started", ("main", "node_bootstrapped"), ("main", "import_sdk")),
    ("sdk_import", "the guest validated (one compile), @wasmer/sdk's JavaScript imported", ("main", "import_sdk"), ("main", "compile_start", "instantiate")),
    ("runtime_main", "the runtime's wasm compiled and instantiated (main thread)", ("main", "compile_start", "instantiate"), ("main", "compile_end", "instantiate")),
    ("sandbox", "package, sandbox and spawn until the worker instantiates the runtime", ("main", "compile_end", "instantiate"), ("worker", "instance_start", "instantiate")),
    ("worker_sdk", "the worker instantiates the runtime", ("worker", "instance_start", "instantiate"), ("worker", "instance_end", "instantiate")),
    ("guest_instance", "until the guest module is instantiated in the worker", ("worker", "instance_end", "instantiate"), ("worker", "instance_end", "Instance")),
    ("guest_start", "guest instantiated until its main runs (libc start-up, runtime set-up)", ("worker", "instance_end", "Instance"), ("guest", "guest_main")),
    ("guest_main", "the guest's main", ("guest", "guest_main"), ("guest", "guest_return")),
    ("teardown", "guest returned until the runner's exit event (output, close)", ("guest", "guest_return"), ("main", "exit")),
    ("exit", "process exit (workers ended) until the shell sees it", ("main", "exit"), ("run", "end")),
]


def phases(ev):
    out = {}
    for key, _, a, b in PHASES:
        t0 = first(ev, *a[:2], *(a[2:] or [None]))
        t1 = first(ev, *b[:2], *(b[2:] or [None]), after=t0 if b[0] != "guest" else 0.0)
        out[key] = (t1 - t0) * 1000.0
    out["total"] = (first(ev, "run", "end") - first(ev, "run", "launch")) * 1000.0
    return out


def main():
    runs = [phases(events(d)) for d in sys.argv[1:]]
    for key, label, _, _ in PHASES + [("total", "the whole run (launch to exit)", None, None)]:
        print("%s\t%.0f\t%s" % (key, statistics.median(r[key] for r in runs), label))


if __name__ == "__main__":
    main()
