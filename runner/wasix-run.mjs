#!/usr/bin/env node
// wasix-run: run a WASIX guest .wasm on the Wasmer runtime bundled in the
// npm package @wasmer/sdk (pinned to 0.16.0), from Node >= 20, offline.
//
//   wasix-run [OPTIONS] FILE.wasm [ARGS...]
//
// See `wasix-run --help` (HELP below) for options and exit codes.

import { fstatSync, readFileSync, statSync, promises as fsp } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import os from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire, syncBuiltinESMExports } from "node:module";
import { backtrace } from "./backtrace.mjs";
import { moduleInfo } from "./module_info.mjs";
import { optimizeGuest } from "./optimize.mjs";
import { serve } from "./run_server.mjs";

const PROG = "wasix-run";
// The name of the threads (Node workers) that run guest code: the runtime's workers.
const GUEST_THREAD = "wasix-guest";
const HERE = path.dirname(fileURLToPath(import.meta.url));

// Exit codes of the runner itself (a guest's own exit code is passed through).
const EXIT_USAGE = 2;        // bad command line
const EXIT_TIMEOUT = 124;    // --timeout expired (like coreutils timeout)
const EXIT_INTERNAL = 125;   // the runtime failed for a reason not the guest's
const EXIT_NOEXEC = 126;     // not a wasm module, or it cannot be instantiated (LinkError, ...)
const EXIT_NOTFOUND = 127;   // FILE does not exist or cannot be read
const EXIT_TRAP = 134;       // guest trapped (128 + SIGABRT, what a native abort() gives)
const EXIT_KILLED = 137;     // guest terminated by the runtime (128 + SIGKILL)
// What the runtime ends a process with when one of its threads (not main) traps.
const THREAD_TRAP_STATUS = 129;
// How long to wait for a trapping thread's report (it comes from the worker that ran the
// thread, on its own way) once the process has ended with THREAD_TRAP_STATUS.
const THREAD_TRAP_WAIT_MS = 1000;

// How long a guest asked to stop (--timeout, a signal) may take before the
// runner abandons it and exits; then how long writing back --copy-dir
// directories may take.
const STOP_GRACE_MS = 400;
const ABANDON_WRITE_BACK_MS = 1000;
// After the guest's main ended: how long its output streams may stay silent
// (a forked child still holds them) before the runner stops reading them.
const OUTPUT_QUIET_MS = 500;
const OUTPUT_DRAIN_MS = 2000;
// Releasing the runtime after the run; both waits when the run was stopped.
const CLOSE_WAIT_MS = 1000;
const STOPPED_WAIT_MS = 300;

// A directory the runner makes in the sandbox for the guest's libc:
//   ro          the guest paths of the read-only mounts, one per line: the
//               runtime refuses changes there with EPERM, the libc says
//               EROFS (sysroot/src/__support/ro_mounts.cpp);
//   registered, signal, status
//               signals for the guest's handlers. The runtime's API can send
//               a running guest nothing but SIGTERM (Process.terminate), and
//               reports every run it was used on as "terminated", status 143;
//               these files carry the real signal and the real exit status
//               (sysroot/src/__support/run_signals.hpp has the protocol).
const RUNNER_DIR = "/workspace/.wasix-run";
const RUNNER_SIGNALS = [["SIGINT", 2], ["SIGTERM", 15], ["SIGHUP", 1]];
// terminate() kills the guest after a grace period; a guest that handles a
// signal must keep running, so the longest period Node's timers allow.
const HANDLED_SIGNAL_GRACE_MS = 2 ** 31 - 1;

const HELP = `Usage: ${PROG} [OPTIONS] FILE.wasm [ARGS...]

Run a WASIX (or WASI preview1) command module on the Wasmer runtime bundled
in @wasmer/sdk. stdin, stdout and stderr are streamed; the exit status is the
guest's exit code.

Options:
  --env K=V            set guest environment variable K (repeatable);
                       --env K alone passes the host's value of K
  --dir HOST[:GUEST][:ro]
                       mount host directory HOST at guest path GUEST
                       (repeatable); GUEST defaults to HOST's absolute path.
                       Live: the guest reads and writes the host files
                       directly. With :ro the guest cannot change them.
                       GUEST may not be / or /workspace.
  --copy-dir HOST[:GUEST]
                       copy HOST into the sandbox before the run and copy the
                       changes (new, modified, deleted files) back after the
                       guest exits (repeatable). GUEST must be /workspace or
                       below it; default /workspace/<basename of HOST>.
  --map-cwd            mount the host's current directory at the same path
                       (as --dir .) and start the guest there, so that paths
                       relative to it and absolute host paths below it work
                       unchanged (what the CMake toolchain's emulator uses)
  --cwd DIR            guest working directory (default: the current
                       directory with --map-cwd, else GUEST of the first
                       --dir or --copy-dir, otherwise /)
  --timeout MS         stop the guest after MS milliseconds (exit ${EXIT_TIMEOUT})
  --optimize           compile the whole guest with V8's optimising tier before
                       it starts: start-up takes longer (more for a larger
                       module), and a hot loop in a function entered once (a
                       main that does all the work) runs at full speed, which
                       by default stays in the baseline tier
  --no-network         disable networking (default: host networking, so the
                       guest can use 127.0.0.1 / ::1 and other host sockets)
  --verbose            print runtime diagnostics to stderr
  --help               print this help and exit
  --version            print version information and exit
  --                   end of options; FILE follows

argv[0] seen by the guest is the file name of FILE.

Exit status:
  N    the guest's exit code (0-255)
  ${EXIT_USAGE}    usage error
  ${EXIT_TIMEOUT}  --timeout expired
  ${EXIT_INTERNAL}  internal/runtime failure
  ${EXIT_NOEXEC}  FILE is not a valid wasm module, or cannot be instantiated
       (e.g. it imports a function the runtime does not provide)
  ${EXIT_NOTFOUND}  FILE does not exist or cannot be read
  ${EXIT_TRAP}  the guest trapped (unreachable, out-of-bounds access, ...)
  ${EXIT_KILLED}  the guest was terminated by the runtime
  141  stdout was closed by its reader (like SIGPIPE); the guest is killed
  128+N  the runner got signal N (SIGINT, SIGTERM, SIGHUP) and the guest has
       no handler for it (or did not take it): the guest is ended
SIGINT, SIGTERM and SIGHUP sent to the runner go to the guest's handlers when
it has any (then the status is the guest's own); a second SIGTERM, or any of
them while the guest has not yet taken the one before, ends the guest.
A guest asked to stop (timeout, signal) that has not ended ${STOP_GRACE_MS} ms later is
abandoned and the runner exits. When the guest's main returns while a forked
child still runs, the runner exits with main's status and the child ends.
Runner errors are reported as one line "${PROG}: error: ..." on stderr.
`;

// ---------------------------------------------------------------- stderr guard
// The SDK (and the worker threads it spawns, whose console output Node forwards
// through the main thread's process.stderr) prints long diagnostics, e.g. a full
// stack for a failed instantiation. Keep them out of the guest's stderr: they
// are collected here and shown only with --verbose.
const realStderrWrite = process.stderr.write.bind(process.stderr);
let sdkNoise = "";
process.stderr.write = (chunk, encoding, cb) => {
  sdkNoise += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
  if (sdkNoise.length > 1 << 20) sdkNoise = sdkNoise.slice(-(1 << 19));
  const done = typeof encoding === "function" ? encoding : cb;
  if (typeof done === "function") process.nextTick(done);
  return true;
};
let verbose = false;

// What a run talks to: this process's own streams, signals and exit (processHost), or a
// client of a run server (run_server.mjs), whose host has the same shape:
//   argv, env            the command line after "wasix-run" and the environment it ran in
//   stdin                a Readable of the guest's standard input
//   ttyMask, merged      which of stdin, stdout, stderr are terminals ("010"); whether stdout
//                        and stderr are one file (2>&1)
//   write(name, data)    write to "stdout"/"stderr": false when the data waits for a drain
//   listen({drain, broken})  drain(name) when waiting writes went out; broken(name) when the
//                        reader went away
//   onSignal(fn)         fn(name, number) for SIGINT, SIGTERM, SIGHUP sent to wasix-run
//   flush(), exit(code)  the end of the run
//   keepRuntime          true for a run server: the runtime outlives the run
//   served               for a run server, which one ("run server PID, run N"; --verbose)
//   retire               set by the run when the runtime may hold something of its guest
//                        (a run that was stopped, abandoned or did not end cleanly)
//   mayLeaveWork         set by the run when the guest could start threads or processes
function processHost() {
  const streams = { stdout: process.stdout, stderr: process.stderr };
  return {
    argv: process.argv.slice(2),
    env: process.env,
    stdin: process.stdin,
    ttyMask: [process.stdin, process.stdout, process.stderr].map((s) => (s.isTTY ? "1" : "0")).join(""),
    merged: sameFile(1, 2),
    write: (name, data) => (name === "stdout" ? process.stdout.write(data) : realStderrWrite(data)),
    listen({ drain, broken }) {
      for (const [name, stream] of Object.entries(streams)) {
        stream.on("drain", () => drain(name));
        stream.on("error", () => broken(name));
      }
    },
    onSignal(fn) {
      for (const [sig, n] of RUNNER_SIGNALS) process.on(sig, () => fn(sig, n));
    },
    flush: () => Promise.race([
      new Promise((resolve) => { try { process.stdout.write("", () => resolve()); } catch { resolve(); } }),
      new Promise((resolve) => setTimeout(resolve, 5000)),
    ]),
    exit: (code) => process.exit(code),
    keepRuntime: false,
    retire: false,
  };
}
let host;

// Writes to the host's stdout/stderr. A closed pipe must not hang the runner: when
// stdout's reader goes away (EPIPE) the guest is killed and the runner exits
// with 141 (128 + SIGPIPE), as a native program would; a closed stderr just
// discards the guest's stderr.
const sinks = {
  stdout: { name: "stdout", broken: false, waiters: new Set() },
  stderr: { name: "stderr", broken: false, waiters: new Set() },
};
let onStdoutBroken = () => {};
function wake(sink) {
  for (const w of sink.waiters) w();
  sink.waiters.clear();
}
function attachSinks() {
  for (const sink of Object.values(sinks)) {
    sink.broken = false;
    sink.waiters.clear();
    sink.write = (d) => host.write(sink.name, d);
  }
  host.listen({
    drain: (name) => wake(sinks[name]),
    broken: (name) => {
      const sink = sinks[name];
      sink.broken = true;
      wake(sink);
      if (sink === sinks.stdout) onStdoutBroken();
    },
  });
}

function writeTo(sink, data) {
  return new Promise((resolve) => {
    if (sink.broken) return resolve();
    try {
      if (sink.write(data)) resolve();
      else sink.waiters.add(resolve);
    } catch {
      sink.broken = true;
      resolve();
    }
  });
}

const writeStdout = (data) => writeTo(sinks.stdout, data);
const writeStderr = (data) => writeTo(sinks.stderr, data);

// A promise that settles with p, or with `fallback` after ms milliseconds:
// the runtime's calls can hang when a guest will not stop, and the runner must
// end anyway.
function bounded(p, ms, fallback) {
  let t;
  return Promise.race([
    Promise.resolve(p).finally(() => clearTimeout(t)),
    new Promise((resolve) => { t = setTimeout(() => resolve(fallback), ms); }),
  ]);
}

// setTimeout for any delay: Node fires a delay of 2^31 ms or more at once,
// so a longer one is a chain of shorter timers. Returns a cancel function.
function setLongTimeout(fn, ms) {
  const MAX = 0x7fffffff;
  let t;
  const arm = (left) => { t = setTimeout(left > MAX ? () => arm(left - MAX) : fn, Math.min(left, MAX)); };
  arm(ms);
  return () => clearTimeout(t);
}

// Whether our descriptors a and b are the same file (device and inode).
function sameFile(a, b) {
  try {
    const x = fstatSync(a), y = fstatSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function firstLine(text) {
  return String(text ?? "").split("\n").map((l) => l.trim()).find((l) => l) ?? "";
}

// The guest's backtrace of a trap, printed under the error line.
let trapFrames = [];

let finishing = false;
async function finish(code, message) {
  if (finishing) return new Promise(() => {}); // the first caller exits
  finishing = true;
  if (message) await writeStderr(`${PROG}: error: ${message}\n`);
  if (message && trapFrames.length) {
    const chosen = host.env.WASIX_SDK_SYMBOLIZER;
    if (chosen) await writeStderr(`${PROG}: note: llvm-symbolizer from WASIX_SDK_SYMBOLIZER=${chosen}\n`);
    await writeStderr(trapFrames.map((l) => `${PROG}:   ${l}\n`).join(""));
  }
  if (verbose && sdkNoise) await writeStderr(`${PROG}: runtime diagnostics:\n${sdkNoise}`);
  if (!sinks.stdout.broken) await host.flush();
  return host.exit(code);
}

class UsageError extends Error {}

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const opts = { env: {}, mounts: [], dirs: [], cwd: undefined, timeoutMs: undefined, network: true,
                 file: undefined, args: [], help: false, version: false, mapCwd: false, optimize: false };
  let i = 0;
  const value = (name, inline) => {
    if (inline !== undefined) return inline;
    if (i + 1 >= argv.length) throw new UsageError(`option ${name} needs a value`);
    return argv[++i];
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") { i++; break; }
    if (!a.startsWith("-") || a === "-") break;
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    switch (name) {
      case "-h": case "--help": opts.help = true; break;
      case "-V": case "--version": opts.version = true; break;
      case "-v": case "--verbose": verbose = true; break;
      case "--no-network": opts.network = false; break;
      case "--optimize": opts.optimize = true; break;
      case "-e": case "--env": {
        const kv = value(name, inline);
        const k = kv.indexOf("=");
        if (k === 0 || kv === "") throw new UsageError(`--env: bad variable "${kv}" (want K=V)`);
        if (k < 0) {
          if (host.env[kv] !== undefined) opts.env[kv] = host.env[kv];
        } else {
          opts.env[kv.slice(0, k)] = kv.slice(k + 1);
        }
        break;
      }
      case "--dir": case "--mapdir": opts.mounts.push(parseMount(value(name, inline), opts.mounts.length + 1)); break;
      case "--copy-dir": opts.dirs.push(parseDir(value(name, inline))); break;
      case "--cwd": opts.cwd = value(name, inline); break;
      case "--map-cwd": opts.mapCwd = true; break;
      case "--timeout": {
        const v = value(name, inline);
        const ms = Number(v);
        if (!/^\d+$/.test(v) || !Number.isSafeInteger(ms) || ms <= 0) {
          throw new UsageError(`--timeout: expected a positive number of milliseconds, got "${v}"`);
        }
        opts.timeoutMs = ms;
        break;
      }
      default: throw new UsageError(`unknown option ${name} (see --help)`);
    }
  }
  if (opts.mapCwd) {
    const here = parseMount(".", opts.mounts.length + 1);
    opts.mounts.push(here);
    opts.cwd ??= here.guest;
  }
  opts.mounts = withoutDuplicates(opts.mounts);
  const guests = [...opts.mounts, ...opts.dirs].map((d) => d.guest);
  const dup = guests.find((g, k) => guests.indexOf(g) !== k);
  if (dup) throw new UsageError(`--dir/--copy-dir: guest path "${dup}" given twice`);
  if (i < argv.length) {
    opts.file = argv[i];
    opts.args = argv.slice(i + 1);
  }
  return opts;
}

// The same host directory at the same guest path twice (--map-cwd in a
// directory also given with --dir, as the CMake emulator does for an
// in-source build) is one mount; the first one's access wins.
function withoutDuplicates(mounts) {
  return mounts.filter((m, k) => !mounts.slice(0, k).some((o) => o.host === m.host && o.guest === m.guest))
               .map((m, k) => ({ ...m, id: k + 1 }));
}

function parseMount(spec, id) {
  // HOST[:GUEST][:ro]. GUEST must be absolute, so a ':' followed by '/'
  // starts it; HOST may contain other ':' characters.
  let rest = spec, ro = false;
  if (rest.endsWith(":ro")) { ro = true; rest = rest.slice(0, -3); }
  else if (rest.endsWith(":rw")) { rest = rest.slice(0, -3); }
  let host = rest, guest;
  const m = /^(.*?):(\/.*)$/.exec(rest);
  if (m && m[1] !== "") { host = m[1]; guest = m[2]; }
  if (host === "") throw new UsageError(`--dir: empty host directory in "${spec}"`);
  const hostAbs = path.resolve(host);
  let st;
  try { st = statSync(hostAbs); } catch (e) {
    throw new UsageError(`--dir ${spec}: ${e.code === "ENOENT" ? "no such directory" : e.message}`);
  }
  if (!st.isDirectory()) throw new UsageError(`--dir ${spec}: not a directory`);
  guest = path.posix.normalize(guest ?? hostAbs.split(path.sep).join("/"));
  guest = guest.replace(/\/+$/, "") || "/";
  if (!guest.startsWith("/")) throw new UsageError(`--dir ${spec}: guest path must be absolute`);
  if (guest === "/" || guest === "/workspace") {
    throw new UsageError(`--dir ${spec}: "${guest}" is reserved by the runtime; mount below it ` +
                         `(or use --copy-dir for /workspace)`);
  }
  return { spec, host: hostAbs, guest, ro, id };
}

function parseDir(spec) {
  // HOST[:GUEST]; split at the last ':' followed by '/', so that HOST may
  // itself contain ':' as long as GUEST is absolute.
  let host = spec, guest;
  const m = /^(.*):(\/[^:]*)$/.exec(spec);
  if (m && m[1] !== "") { host = m[1]; guest = m[2]; }
  if (host === "") throw new UsageError(`--copy-dir: empty host directory in "${spec}"`);
  const hostAbs = path.resolve(host);
  if (guest === undefined) {
    const base = path.basename(hostAbs);
    guest = base ? `/workspace/${base}` : "/workspace/root";
  }
  guest = path.posix.normalize(guest).replace(/\/+$/, "") || "/";
  if (guest !== "/workspace" && !guest.startsWith("/workspace/")) {
    throw new UsageError(`--copy-dir: guest path "${guest}" must be /workspace or below it ` +
                         `(the only sandbox area @wasmer/sdk 0.16.0 lets the host read and write)`);
  }
  return { spec, host: hostAbs, guest };
}

// The SDK's version: its VERSION file, which the installed SDK keeps in share/wasix/ and the
// source tree at its root.
function sdkVersion() {
  for (const file of [path.join(HERE, "../../share/wasix/VERSION"), path.join(HERE, "../VERSION")]) {
    try { return readFileSync(file, "utf8").trim(); } catch { /* try the next layout */ }
  }
  return "unknown";
}

function versions() {
  const own = sdkVersion();
  let sdk = "unknown";
  try {
    sdk = JSON.parse(readFileSync(path.join(HERE, "node_modules/@wasmer/sdk/package.json"), "utf8")).version;
  } catch { /* not installed */ }
  return `${PROG} (WASIX SDK) ${own} (@wasmer/sdk ${sdk}, node ${process.versions.node})`;
}

// ---------------------------------------------------------------- --dir sync
// Copy a host directory tree into the sandbox. Returns a map guest path ->
// {kind, hash} describing what was copied, used to compute the write-back.
async function copyIn(sandbox, dir) {
  const snapshot = new Map();
  let st;
  try { st = await fsp.stat(dir.host); } catch (e) {
    throw new UsageError(`--copy-dir ${dir.spec}: ${e.code === "ENOENT" ? "no such directory" : e.message}`);
  }
  if (!st.isDirectory()) throw new UsageError(`--copy-dir ${dir.spec}: not a directory`);
  await sandbox.fs.mkdir(dir.guest, { recursive: true });
  snapshot.set(dir.guest, { kind: "directory" });
  const walk = async (hostDir, guestDir) => {
    const entries = await fsp.readdir(hostDir, { withFileTypes: true });
    for (const e of entries) {
      const h = path.join(hostDir, e.name);
      const g = `${guestDir}/${e.name}`;
      let kind = e.isDirectory() ? "directory" : e.isFile() ? "file" : null;
      if (e.isSymbolicLink()) {
        // Follow symlinks that point to regular files or directories.
        try {
          const t = await fsp.stat(h);
          kind = t.isDirectory() ? "directory" : t.isFile() ? "file" : null;
        } catch { kind = null; }
      }
      if (kind === "directory") {
        await sandbox.fs.mkdir(g, { recursive: true });
        snapshot.set(g, { kind });
        await walk(h, g);
      } else if (kind === "file") {
        const bytes = await fsp.readFile(h);
        await sandbox.fs.writeFile(g, bytes);
        snapshot.set(g, { kind, hash: hashOf(bytes) });
      } // sockets, fifos, devices, dangling links: not copied
    }
  };
  await walk(dir.host, dir.guest);
  return snapshot;
}

function hashOf(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}

// Copy the guest's view of a mapped directory back to the host: write new and
// changed files, create new directories, remove what the guest removed.
async function copyBack(sandbox, dir, snapshot) {
  const seen = new Set();
  const walk = async (guestDir, hostDir) => {
    let entries;
    try { entries = await sandbox.fs.readDir(guestDir); } catch { return; }
    for (const e of entries) {
      const g = `${guestDir}/${e.name}`;
      if (g === RUNNER_DIR) continue; // the runner's own, under a --copy-dir of /workspace
      const h = path.join(hostDir, e.name);
      seen.add(g);
      const before = snapshot.get(g);
      if (e.kind === "directory") {
        if (before && before.kind === "file") await fsp.rm(h, { force: true });
        await fsp.mkdir(h, { recursive: true });
        await walk(g, h);
      } else {
        const bytes = await sandbox.fs.readFile(g);
        if (before && before.kind === "file" && before.hash === hashOf(bytes)) continue;
        if (before && before.kind === "directory") await fsp.rm(h, { recursive: true, force: true });
        await fsp.writeFile(h, bytes);
      }
    }
  };
  await walk(dir.guest, dir.host);
  // Deletions: only of things that were copied in (deepest first).
  const gone = [...snapshot.keys()].filter((g) => g !== dir.guest && !seen.has(g))
    .sort((a, b) => b.length - a.length);
  for (const g of gone) {
    const h = path.join(dir.host, g.slice(dir.guest.length + 1));
    await fsp.rm(h, { recursive: true, force: true });
  }
}

// Copies every --copy-dir back; returns the first failure as a message.
async function writeBack(sandbox, mapped) {
  let failure;
  for (const { dir, snapshot } of mapped) {
    try {
      await copyBack(sandbox, dir, snapshot);
    } catch (e) {
      failure ??= `--copy-dir ${dir.spec}: writing back failed: ${firstLine(e.message)}`;
    }
  }
  return failure;
}

// Waits for `done`, or until the guest's output has been idle (no chunk
// received, none being written to a slow reader) for OUTPUT_QUIET_MS, or at
// most `limit` ms while chunks keep coming. True when `done` settled.
async function untilQuiet(done, activity, limit) {
  let settled = false;
  done.finally(() => { settled = true; });
  const deadline = Date.now() + limit;
  let last = activity.chunks;
  while (!settled && Date.now() < deadline) {
    await bounded(done, Math.min(OUTPUT_QUIET_MS, limit));
    if (settled) break;
    if (activity.chunks === last && activity.writing === 0) break;
    last = activity.chunks;
  }
  return settled;
}

// ---------------------------------------------------------------- the runtime
// The SDK, its worker threads and one Wasmer: started by the first run of this process; a run
// server keeps it from guest to guest, a single run releases it at its end.
let runtime;
function startRuntime() {
  runtime ??= (async () => {
    const workers = await prepareWorkers();
    const sdk = await import("@wasmer/sdk/node");
    await workers.install();
    // Keep a handle on the SDK's core client: host mounts are only reachable
    // through the core's sandbox builder.
    let core;
    class Wasmer extends sdk.Wasmer {
      static async initializeCore(options) {
        core = await super.initializeCore(options);
        return core;
      }
    }
    // Under Node 20 the runtime answers thread_parallelism with ENOTSUP unless
    // the embedder states the count (sysconf(_SC_NPROCESSORS_ONLN) and
    // std::thread::hardware_concurrency() read it).
    const wasmer = new Wasmer({ cache: "memory", parallelism: os.availableParallelism() });
    return { sdk, wasmer, core: () => core, bridge: workers.bridge };
  })();
  return runtime;
}
// Mount ids are never reused within a process (the bridge's descriptor table is keyed by them).
let lastMountId = 0;

// ---------------------------------------------------------------- one run
// Runs the command line host.argv on `host`; ends with host.exit(status).
async function runGuest(runHost) {
  host = runHost;
  trapFrames = [];
  finishing = false;
  sdkNoise = "";
  verbose = false;
  threadTraps.texts = [];
  onStdoutBroken = () => {};
  attachSinks();
  return main().catch((e) => {
    host.retire = true;
    return finish(EXIT_INTERNAL, `internal error: ${firstLine(e?.stack ?? e)}`);
  });
}

async function main() {
  let opts;
  try {
    opts = parseArgs(host.argv);
  } catch (e) {
    if (e instanceof UsageError) return finish(EXIT_USAGE, e.message);
    throw e;
  }
  if (verbose && host.served) await writeStderr(`${PROG}: ${host.served}\n`);
  if (opts.help) { await writeStdout(HELP); return finish(0); }
  if (opts.version) { await writeStdout(versions() + "\n"); return finish(0); }
  if (opts.file === undefined) return finish(EXIT_USAGE, "no FILE.wasm given (see --help)");

  // Read and validate the module before starting the runtime.
  let bytes;
  try {
    bytes = readFileSync(opts.file);
  } catch (e) {
    const why = e.code === "ENOENT" ? "no such file"
      : e.code === "EISDIR" ? "is a directory"
      : e.code === "EACCES" ? "permission denied" : e.message;
    return finish(EXIT_NOTFOUND, `${opts.file}: ${why}`);
  }
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0x0061736d) {
    return finish(EXIT_NOEXEC, `${opts.file}: not a WebAssembly module (bad magic number)`);
  }
  // The guest's first thread needs a worker; start it now (a missing or foreign file has been
  // refused without it) so that Node's start-up of the worker and its loading of the SDK
  // overlap with everything the main thread does until the spawn.
  const starting = startRuntime();
  starting.catch(() => {}); // reported where it is awaited
  // V8 keeps one compiled module per distinct bytes while it is in use, so this compile is
  // also the one the SDK's compile of the same bytes finds.
  if (opts.optimize) {
    optimizeGuest(bytes, (ms) => {
      if (verbose) sinks.stderr.write(`${PROG}: the guest compiled whole by the optimising tier in ${ms} ms\n`);
    });
  }
  let module;
  try {
    module = new WebAssembly.Module(bytes);
  } catch (e) {
    return finish(EXIT_NOEXEC, `${opts.file}: invalid WebAssembly module: ${firstLine(e.message)}`);
  }
  if (!WebAssembly.Module.exports(module).some((x) => x.name === "_start" && x.kind === "function")) {
    return finish(EXIT_NOEXEC, `${opts.file}: not a command module (no exported _start function)`);
  }
  module = undefined;
  // A thread or a forked child can outlive the guest's main without a sign the runner sees (a
  // thread that spins keeps its worker and a core): a run server checks after such a guest.
  host.mayLeaveWork = startsThreadsOrProcesses(bytes);

  let sdk, wasmer, wasmerCore, bridge;
  try {
    ({ sdk, wasmer, core: wasmerCore, bridge } = await starting);
  } catch (e) {
    host.retire = true;
    return finish(EXIT_INTERNAL, `cannot load @wasmer/sdk (run "npm ci" in ${HERE}): ${firstLine(e.message)}`);
  }
  for (const m of opts.mounts) m.id = ++lastMountId;
  bridge.setMounts(opts.mounts);
  // Set once the run is to be stopped (--timeout, a signal, a closed stdout):
  // {code, message}. stopRun() asks the guest to stop; whatever has not
  // ended STOP_GRACE_MS later is abandoned and the runner exits (all guest
  // threads are worker threads of this process, so exiting ends them).
  let stopping;
  let abandon = () => {};
  let guestEnded = false; // from here on the run ends by itself, within bounds
  let shortWaits = false;

  // The command name becomes the guest's argv[0].
  const cmdName = path.basename(opts.file).replace(/[^A-Za-z0-9._-]/g, "_") || "main";
  let sandbox, proc, code = 0, message;
  const mapped = [];
  let stdinDone = false;
  abandon = async () => {
    if (guestEnded) return;
    host.retire = true;
    // The guest did not stop: write back what it has written so far (bounded:
    // the runtime may be stuck too), then exit, which ends every worker.
    if (sandbox) await bounded(writeBack(sandbox, mapped), ABANDON_WRITE_BACK_MS);
    await finish(stopping.code, stopping.message);
  };
  try {
    const definition = {
      modules: { [cmdName]: bytes },
      commands: { [cmdName]: { module: cmdName } },
      entrypoint: cmdName,
    };
    const network = opts.network ? "host" : "disabled";
    let pkg;
    if (opts.mounts.length === 0) {
      // Public API only.
      pkg = await wasmer.packages.create(definition);
      sandbox = await wasmer.sandboxes.create({ packages: [pkg], network: { mode: network } });
    } else {
      // Same steps as Wasmer.sandboxes.create(), done on the core so that
      // mountHost() can be called on the builder.
      await wasmer.ready();
      const pkgCore = await wasmerCore().createPackage({ ...definition, modules: { [cmdName]: new Uint8Array(bytes) }, files: {} });
      pkg = new sdk.Package(pkgCore);
      const builder = wasmerCore().sandbox();
      builder.package(pkgCore);
      builder.network(network);
      for (const m of opts.mounts) builder.mountHost(m.guest, m.id, m.ro);
      sandbox = new sdk.Sandbox(wasmer, await builder.start());
    }
    for (const dir of opts.dirs) mapped.push({ dir, snapshot: await copyIn(sandbox, dir) });

    // What the guest's libc learns from the runner (the SDK's API can write
    // only below /workspace).
    let signalChannel = true;
    try {
      await sandbox.fs.mkdir(RUNNER_DIR, { recursive: true });
      const ro = opts.mounts.filter((m) => m.ro).map((m) => `${m.guest}\n`).join("");
      if (ro) await sandbox.fs.writeFile(`${RUNNER_DIR}/ro`, ro);
    } catch { signalChannel = false; }

    const cwd = opts.cwd ?? (opts.mounts[0]?.guest ?? opts.dirs[0]?.guest);
    // The guest's streams are pipes to this process, and the runtime says
    // "terminal" for all three: tell the libc which of the runner's own
    // streams are terminals (one digit each for stdin, stdout, stderr; read
    // by isatty in sysroot/src/unistd/isatty.cpp). --env can override it.
    const ttyMask = host.ttyMask;
    // The runtime loses the order between the guest's stdout and stderr
    // (they reach the runner as two streams); when both of the runner's are
    // one file (`2>&1`), the libc writes stderr through stdout instead
    // (sysroot/src/__support/stdio_merge.hpp).
    const merged = host.merged ? { WASIX_STDERR_IS_STDOUT: "1" } : {};
    const env = { WASIX_RUN_TTY: ttyMask, ...merged, ...opts.env };
    const cmd = sandbox.command(pkg.command(cmdName), opts.args, { env, cwd });
    // Note: the SDK's own spawn({timeoutMs}) is not used: in 0.16.0 it makes
    // a guest's sleep() never return. The runner kills the guest itself.
    proc = await cmd.spawn({ stdin: "pipe", stdout: "pipe", stderr: "pipe" });
    // The SDK's kill() ends a guest that makes system calls; one that spins,
    // or waits for a pipe or a live child, goes on: then the runner gives up
    // on it after the grace period.
    const stopRun = (why, message) => {
      if (stopping) return;
      stopping = { code: why, message };
      host.retire = true;
      proc.kill().catch(() => {});
      setTimeout(() => abandon(), STOP_GRACE_MS);
    };
    const cancelTimer = opts.timeoutMs
      ? setLongTimeout(() => stopRun(EXIT_TIMEOUT, `${opts.file}: timed out after ${opts.timeoutMs} ms`), opts.timeoutMs)
      : () => {};
    // SIGINT/SIGTERM/SIGHUP to the runner: to the guest's handler when it
    // registered for signals; otherwise (its libc would run the default
    // action, which ends it) stop the guest, still write back mapped
    // directories, exit 128+signal. A closed stdout: 141, silently.
    onStdoutBroken = () => stopRun(128 + 13, undefined);
    // The guest's first process is pid 1 in a new sandbox; the libc takes
    // part only as pid 1.
    if (proc.id !== 1) signalChannel = false;
    const signals = { forwarded: undefined, term: false, chain: Promise.resolve() };
    const exists = async (p) => { try { await sandbox.fs.stat(p); return true; } catch { return false; } };
    const signalFile = `${RUNNER_DIR}/signal`;
    const killedOn = (sig, n) => stopRun(128 + n, `${opts.file}: killed on ${sig}`);
    // One signal at a time, in the order they came.
    const onSignal = async (sig, n) => {
      if (stopping || guestEnded) return;
      // A second SIGTERM ends the run whatever the guest does; so does any
      // signal while the guest has not taken the previous one (it does not
      // make system calls, or is blocked where signals do not arrive).
      if (!signalChannel || (n === 15 && signals.term)) return killedOn(sig, n);
      if (signals.forwarded !== undefined && await exists(signalFile)) return killedOn(sig, n);
      if (n === 15) signals.term = true;
      // Before the guest registered, the runtime would drop the SIGTERM:
      // the default action of all three is the end of the process.
      if (!await exists(`${RUNNER_DIR}/registered`) || stopping || guestEnded) return killedOn(sig, n);
      await sandbox.fs.writeFile(signalFile, `${n}\n`);
      signals.forwarded = n;
      proc.terminate({ gracePeriodMs: HANDLED_SIGNAL_GRACE_MS }).catch(() => {});
    };
    host.onSignal((sig, n) => {
      if (stopping) return host.exit(128 + n); // a signal while stopping: give up now
      signals.chain = signals.chain.then(() => onSignal(sig, n)).catch(() => killedOn(sig, n));
    });

    // Output: forward chunks as they arrive.
    const pump = async (stream, write) => {
      try { for await (const chunk of stream) await write(chunk); } catch { /* stream ended */ }
    };
    let guestBytes = 0;
    const activity = { chunks: 0, writing: 0 };
    const forward = (write) => async (c) => {
      guestBytes += c.length;
      activity.chunks++;
      activity.writing++;
      try { await write(c); } finally { activity.writing--; }
    };
    const outDone = pump(proc.stdout, forward(writeStdout));
    const errDone = pump(proc.stderr, forward(writeStderr));

    // Input: forward host stdin as it arrives; EOF closes the guest's stdin.
    const stdin = host.stdin;
    let chain = Promise.resolve();
    const closeGuestStdin = () => {
      if (stdinDone) return;
      stdinDone = true;
      chain = chain.then(() => proc.stdin.close()).catch(() => {});
    };
    stdin.on("data", (chunk) => {
      stdin.pause();
      chain = chain.then(() => proc.stdin.write(new Uint8Array(chunk)))
        .catch(() => {})
        .then(() => { if (!stdinDone) stdin.resume(); });
    });
    stdin.on("end", closeGuestStdin);
    stdin.on("error", closeGuestStdin);

    let output;
    try {
      output = await proc.wait({ check: false });
    } finally {
      cancelTimer();
      stdinDone = true;
      stdin.removeAllListeners("data");
      stdin.pause();
      stdin.destroy();
    }
    // The guest's main has ended. A forked child that still runs keeps the
    // output streams open: take what arrives until they close or stay quiet
    // for a moment, then abandon the child (as an orphan is left behind).
    guestEnded = true;
    const streamsClosed = await untilQuiet(Promise.all([outDone, errDone]), activity,
                                           stopping ? STOPPED_WAIT_MS : OUTPUT_DRAIN_MS);
    // Something still runs (the guest, or a child it left): the runtime
    // need not be released with care.
    if (!streamsClosed) shortWaits = true;
    // Only a run that ended by itself, every stream closed, leaves a runtime fit for the next
    // guest of a run server; the others may have left threads or workers behind.
    if (shortWaits || stopping || signals.forwarded !== undefined || output.reason !== "exited") host.retire = true;

    if (stopping) {
      shortWaits = true;
      ({ code, message } = stopping);
    } else if (signals.forwarded !== undefined) {
      // The runtime says "terminated" once terminate() was used: the libc
      // wrote what really happened.
      ({ code, message } = await forwardedOutcome(sandbox, signals.forwarded, opts.file));
    } else if (output.reason === "timeout") {
      code = EXIT_TIMEOUT;
      message = `${opts.file}: timed out after ${opts.timeoutMs} ms`;
    } else if (output.reason === "terminated") {
      code = output.exitCode > 0 && output.exitCode < 256 ? output.exitCode : EXIT_KILLED;
      message = `${opts.file}: guest was terminated (exit status ${code})`;
    } else {
      code = output.exitCode;
    }
    if (code === THREAD_TRAP_STATUS && output.reason === "exited" && !message) {
      // A thread trapped: the runtime says only 129; the trap itself comes from the
      // worker that ran the thread (wasix-run-worker.mjs, "thread traps").
      const text = await threadTraps.first(THREAD_TRAP_WAIT_MS);
      if (text) {
        code = EXIT_TRAP;
        message = `${opts.file}: guest trapped in a thread: ${trapReason(text, bytes)}`;
        trapFrames = backtrace(text, opts.file, bytes, host.env);
      }
    }
    if (code === 45 && output.reason === "exited" && guestBytes === 0) {
      // The runtime reports a module it could not instantiate as exit code 45
      // (ENOEXEC); the reason is printed asynchronously by its worker thread.
      const why = await instantiationFailure();
      if (why) { code = EXIT_NOEXEC; message = `${opts.file}: cannot instantiate: ${why}`; }
    }
    if (code === 45 && output.reason === "exited" && !message) {
      // The runtime ends a process with 45 when proc_fork, stack_checkpoint
      // or stack_restore find no asyncify instrumentation to unwind with.
      const needs = unasyncified(bytes);
      if (needs) message = `${opts.file}: exit status 45: the module calls ${needs} but was not asyncified ` +
        "(link it with wasix-clang, which runs wasm-opt --asyncify, or run wasm-opt --asyncify on it)";
    }
  } catch (e) {
    const text = String(e?.message ?? e);
    if (e instanceof UsageError) {
      code = EXIT_USAGE; message = text;
    } else if (/RuntimeError|unreachable|out of bounds|stack overflow|call stack/i.test(text) &&
               (e?.code === "EXECUTION_ERROR" || e?.code === "TASK_ERROR")) {
      code = EXIT_TRAP;
      message = `${opts.file}: guest trapped: ${trapReason(text, bytes)}`;
      trapFrames = backtrace(text, opts.file, bytes, host.env);
    } else if (/Failed to create WASI context|Failed to create the instance|LinkError/.test(text)) {
      code = EXIT_NOEXEC;
      message = `${opts.file}: cannot instantiate: ${linkReason(text)}`;
    } else {
      code = EXIT_INTERNAL;
      message = `runtime failure${e?.code ? ` (${e.code})` : ""}: ${firstLine(text)}`;
    }
  }

  // Write back mapped directories, then release the runtime.
  if (sandbox) {
    const failure = await writeBack(sandbox, mapped);
    if (failure && !message) { code = EXIT_INTERNAL; message = failure; }
    // A child left running can keep the sandbox from closing.
    await bounded(sandbox.close().catch(() => {}), shortWaits ? STOPPED_WAIT_MS : CLOSE_WAIT_MS);
  }
  bridge.closeMountFiles(opts.mounts.map((m) => m.id));
  if (code >= EXIT_TIMEOUT || message) host.retire = true;
  if (!host.keepRuntime) try {
    await bounded(wasmer.close(), shortWaits ? STOPPED_WAIT_MS : CLOSE_WAIT_MS);
  } catch (e) {
    const text = String(e?.message ?? e);
    if (code === 45 && !message && /Failed to create|LinkError/.test(text)) {
      code = EXIT_NOEXEC;
      message = `${opts.file}: cannot instantiate: ${linkReason(text)}`;
    }
  }
  return finish(code, message);
}

// How a guest that was sent a signal through RUNNER_DIR ended: "exit N" or
// "signal N" as its libc wrote it; without that file the runtime ended it
// (QUIRKS.md, "the runner can send only SIGTERM").
async function forwardedOutcome(sandbox, forwarded, file) {
  const name = (n) => RUNNER_SIGNALS.find(([, m]) => m === n)?.[0] ?? `signal ${n}`;
  let text = "";
  try { text = new TextDecoder().decode(await sandbox.fs.readFile(`${RUNNER_DIR}/status`)); } catch { /* none */ }
  const m = /^(exit|signal) (\d+)\n$/.exec(text);
  if (m && m[1] === "exit") return { code: Number(m[2]), message: undefined };
  const n = m ? Number(m[2]) : forwarded;
  return { code: 128 + n, message: `${file}: killed on ${name(n)}` };
}

// The SDK starts its worker threads through wasix-run-worker.mjs, which installs the host
// filesystem bridge for the mounts and then runs the SDK's worker script. The first worker is
// started ahead (by prepareWorkers, before the SDK is even imported) and handed to the SDK when
// it asks for one: until then it loads the SDK's worker script and the runtime's JavaScript, and
// the SDK's own worker start-up (its init message) finds them loaded. The SDK's workers have no
// per-worker script or data (NodeWorkerAdapter: the script URL and a name), so any worker of
// that script can stand for the one asked for.
async function prepareWorkers() {
  const sdkEntry = import.meta.resolve("@wasmer/sdk/node");
  const sdkWorker = new URL("./node-worker.js", sdkEntry).href;
  const ourWorker = pathToFileURL(path.join(HERE, "wasix-run-worker.mjs"));
  process.env.WASIX_RUN_SDK_WORKER = sdkWorker;
  process.env.WASIX_RUN_SDK_GLUE = new URL("../pkg/wasmer_sdk_js.js", sdkEntry).href;
  // The bridge for calls made on the main thread; importing it here, before
  // any worker starts, also creates the descriptor table all workers share.
  const { TRAP_CHANNEL, setMounts, closeMountFiles } = await import(ourWorker.href);
  threadTraps.listen(TRAP_CHANNEL);
  // Node closes, when a worker thread ends, every descriptor that thread
  // opened with fs.openSync (trackUnmanagedFds). The bridge's descriptors
  // belong to the guest process, not to the thread that opened them: a file
  // opened by a guest thread that has exited stays open for the others, and
  // its number must not be closed (and reused by Node) behind the bridge.
  const threads = createRequire(import.meta.url)("node:worker_threads");
  const NodeWorker = threads.Worker;
  // Every worker that runs guest code has the thread name GUEST_THREAD (a run server tells
  // them from Node's own threads by it).
  const start = () => new NodeWorker(ourWorker, { name: GUEST_THREAD, trackUnmanagedFds: false });
  // Unreferenced while it waits: a run that ends before its spawn must not wait for it.
  let ready = start();
  ready.unref();
  threads.Worker = class extends NodeWorker {
    constructor(url, options) {
      if (ready && String(url) === ourWorker.href) {
        const w = ready;
        ready = undefined;
        w.ref();
        return w;
      }
      const ours = String(url) === ourWorker.href;
      super(url, { ...options, ...(ours ? { name: GUEST_THREAD } : {}), trackUnmanagedFds: false });
    }
  };
  syncBuiltinESMExports();
  return {
    bridge: { setMounts, closeMountFiles },
    // After the SDK's import: its DOM-style Worker (what the runtime's thread pool creates)
    // becomes one that starts our script in place of the SDK's.
    async install() {
      const { NodeWorkerAdapter } = await import(new URL("./node-worker-adapter.js", sdkEntry).href);
      Object.defineProperty(globalThis, "Worker", {
        configurable: true,
        value: class extends NodeWorkerAdapter {
          constructor(url, options) {
            super(String(url) === sdkWorker ? ourWorker : url, options);
          }
        },
      });
    },
  };
}

function linkReason(text) {
  const m = /WebAssembly\.Instance\(\): (Import #\d+[^\n]*)/.exec(text);
  if (m) return `LinkError: ${m[1]}`;
  return firstLine(text.replace(/^.*?Failed to create the instance - /s, ""));
}

// The traps of guest threads, as the workers that ran them report them (the
// first one is what ended the process).
const threadTraps = {
  texts: [],
  waiting: [],
  listen(name) {
    const channel = new BroadcastChannel(name);
    channel.unref();
    channel.onmessage = (event) => {
      this.texts.push(String(event.data));
      for (const wake of this.waiting.splice(0)) wake();
    };
  },
  async first(ms) {
    if (!this.texts.length) {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        this.waiting.push(() => { clearTimeout(timer); resolve(); });
      });
    }
    return this.texts[0];
  },
};

// The innermost guest frames of a trap: [{name, index}].
function trapFrameIds(text) {
  return [...text.matchAll(/^\s+at (?:(\S+) \()?wasm:\/\/\S*?wasm-function\[(\d+)\]:0x[0-9a-f]+\)?$/gm)]
    .map((f) => ({ name: f[1] ? f[1].replace(/^.*\.wasm\./, "") : "", index: Number(f[2]) }));
}

// The stack check of a thread or made context (wasix-clang puts it in place
// of every change of the stack pointer: sysroot/src/__support/stack_guard.s)
// traps in __wasix_stack_overflow, called by __wasix_stack_set, which is
// exported: it is known by its index in a module without names too.
function stackCheckTrap(text, bytes) {
  const frames = trapFrameIds(text).slice(0, 2);
  const checker = bytes ? moduleInfo(bytes).functionExports.get("__wasix_stack_set") : undefined;
  return frames.some((f) => /^__wasix_stack_(overflow|set)$/.test(f.name) || f.index === checker);
}

function trapReason(text, bytes) {
  if (/Maximum call stack size exceeded/.test(text)) return "stack overflow (the engine's call stack is exhausted)";
  const m = /RuntimeError: (?:js: )?([^\n]*)/.exec(text);
  const reason = m ? m[1] : firstLine(text);
  if (/unreachable/.test(reason) && stackCheckTrap(text, bytes)) return "stack overflow (a thread's stack is exhausted)";
  // The main stack lies below the data (wasix-clang links with
  // --stack-first), so a stack that overflows runs off address 0 and traps
  // out of bounds. The engine's trace (its last 50 frames) then is one
  // recursion: many frames, few distinct call sites.
  const frames = [...text.matchAll(/^\s+at (?:(\S+) \()?wasm:\/\/\S*?wasm-function\[(\d+)\]:(0x[0-9a-f]+)\)?$/gm)];
  const sites = new Set(frames.map((f) => `${f[2]}:${f[3]}`));
  if (/out of bounds/.test(reason) && frames.length >= 40 && sites.size <= 8) {
    const name = (f) => (f[1] ? f[1].replace(/^.*\.wasm\./, "") : `wasm-function[${f[2]}]`);
    const names = [...new Set(frames.map(name))].slice(0, 3).join(", ");
    return `${reason}: stack overflow (a recursion through ${names})`;
  }
  return reason;
}

// The imports of a module that need asyncify when it has no asyncify
// exports ("proc_fork, stack_checkpoint"), else "".
function unasyncified(bytes) {
  const info = moduleInfo(bytes);
  if (info.exports.includes("asyncify_start_unwind")) return "";
  return info.imports.filter((i) => /^wasix_(32|64)v1\.(proc_fork|stack_checkpoint|stack_restore)$/.test(i))
    .map((i) => i.split(".")[1]).join(", ");
}

// Whether the module imports a call that starts a thread or a process.
function startsThreadsOrProcesses(bytes) {
  return moduleInfo(bytes).imports.some((i) =>
    /^wasix_(32|64)v1\.(thread_spawn(_v2)?|proc_fork(_env)?|proc_spawn2?)$/.test(i));
}

// Wait (briefly) for the worker's report of a failed instantiation.
async function instantiationFailure() {
  const deadline = Date.now() + 1500;
  for (;;) {
    if (/Failed to create WASI context|Failed to create the instance/.test(sdkNoise)) {
      // Give the rest of the report a moment to arrive.
      await new Promise((r) => setTimeout(r, 20));
      return linkReason(sdkNoise);
    }
    if (Date.now() > deadline) return undefined;
    await new Promise((r) => setTimeout(r, 20));
  }
}

// `wasix-run --serve DIR` (what the launcher starts when WASIX_SDK_RUN_SERVER names a directory)
// is a run server: run_server.mjs. Otherwise one run, on this process.
if (process.argv[2] === "--serve") {
  serve({ dir: process.argv[3], start: startRuntime, run: runGuest, guestThread: GUEST_THREAD })
    .catch((e) => { realStderrWrite(`${PROG}: error: run server: ${firstLine(e?.stack ?? e)}\n`); process.exit(EXIT_INTERNAL); });
} else {
  runGuest(processHost());
}
