// The run server of wasix-run: one Node process that keeps the runtime (the SDK, its compiled
// module, its worker threads) from one guest to the next, so that a run costs the guest's own
// start and not the runtime's. The launcher starts servers when WASIX_SDK_RUN_SERVER names a
// directory, and its client (wasix-run-client.cpp) hands a run to one of them.
//
// Isolation: a server runs one guest at a time, each in a sandbox of its own (its own
// filesystem, process table and environment, as a single run has); host mounts get ids never
// used before in the process, and the files a guest left open on them are closed when it
// ends. A run that did not end cleanly (stopped, timed out, trapped, left output open, any
// status >= 124, any runner error) retires the server: it exits after answering, so nothing of
// that guest can reach the next; so does one that could start threads or processes and left
// one running or waiting (leftover() below). A server also exits after MAX_RUNS runs and
// after IDLE_MS without a client.
//
// The directory must belong to the user and be closed to others (mode 0700): the server and
// the client check. It holds, per live server, slot.N (its pid; at most MAX_SERVERS slots, so
// that concurrent cold runs do not start servers without end) and, while it waits for a
// client, ready.TAG.PID.sock. A client claims a server by renaming its socket (atomic: one
// client wins), connects, and removes the renamed file. TAG names the installation: one
// directory may serve several SDKs, and an SDK installed again (a new wasix-run.mjs) must not
// be served by servers still running the old one (installTag below; the client computes the
// same).
//
// Protocol (a Unix stream socket; every frame is a type byte, a 32-bit little-endian length
// and the payload):
//   client -> server   R  the request, JSON {argv, env, cwd, umask, tty, merged}
//                      I  bytes for the guest's stdin (one per W)
//                      E  end of stdin
//                      S  a signal wasix-run got (its number, decimal)
//                      B  the client's stdout is closed (EPIPE)
//   server -> client   A  accepted: the run has started
//                      N  refused (e.g. cwd not reachable): the client runs it itself
//                      O, F  bytes for the client's stdout, stderr
//                      W  wants stdin bytes
//                      X  the exit status (decimal); the last frame
// A client that goes away before X ends the server, and with it the guest (as killing a
// single run's process does).

import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";

const IDLE_MS = 30_000;
const MAX_RUNS = 500;
const MAX_SERVERS = Math.max(4, 2 * os.availableParallelism());
const MAX_RSS = 2 ** 31;
const REQUEST_WAIT_MS = 5_000;
const SIGNAL_NAMES = { 1: "SIGHUP", 2: "SIGINT", 15: "SIGTERM" };

// A command module whose _start returns at once: the first runs of a runtime start its
// worker threads and compile their code; the server makes them before its first client.
const WARM_UP_MODULE = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // types: () -> ()
  0x03, 0x02, 0x01, 0x00, // functions: one of type 0
  0x05, 0x03, 0x01, 0x00, 0x01, // memory: min 1 page
  0x07, 0x13, 0x02, // exports: 2
  0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, // "memory" memory 0
  0x06, 0x5f, 0x73, 0x74, 0x61, 0x72, 0x74, 0x00, 0x00, // "_start" function 0
  0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b, // code: one empty body
]);
const WARM_UP_RUNS = 2;

function frame(type, payload) {
  const body = typeof payload === "string" ? Buffer.from(payload) : Buffer.from(payload ?? []);
  const head = Buffer.alloc(5);
  head.write(type, 0, "latin1");
  head.writeUInt32LE(body.length, 1);
  return Buffer.concat([head, body]);
}

// Splits a byte stream into frames: the function returned takes the next chunk, calls
// onFrame(type, payload) for each frame now whole (until onFrame returns false) and returns
// the bytes it has not handed on.
function frameSplitter(onFrame) {
  let pending = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (pending.length >= 5) {
      const n = pending.readUInt32LE(1);
      if (pending.length < 5 + n) break;
      const type = String.fromCharCode(pending[0]);
      const payload = pending.subarray(5, 5 + n);
      pending = pending.subarray(5 + n);
      if (onFrame(type, payload) === false) break;
    }
    return pending;
  };
}

// Calls onFrame(type, payload) for each frame arriving on socket.
function readFrames(socket, onFrame) {
  socket.on("data", frameSplitter(onFrame));
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === "EPERM"; }
}

// FNV-1a (32 bits, hex) of the runner's directory (real path) and the modification time of
// its wasix-run.mjs ("SEC.NSEC"), one line each.
function installTag() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const ns = fs.statSync(path.join(here, "wasix-run.mjs"), { bigint: true }).mtimeNs;
  const text = Buffer.from(`${here}\n${ns / 1_000_000_000n}.${ns % 1_000_000_000n}`);
  let h = 0x811c9dc5;
  for (const byte of text) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Whether something of the last guest lives on after its main returned: a thread or a forked
// child that spins (V8 cannot stop a worker in a loop without calls) or waits for ever (a
// child blocked in a read nobody will answer is a process of its own, which the runtime does
// not end with its parent). It would keep a runtime worker, its memory and, spinning, a core
// for as long as the server lives.
//
// Guest threads and processes run in the runtime's workers, Node worker threads that
// wasix-run names guestThread (their thread name in /proc). Once the run is over, such a
// worker that is *occupied* in nearly every sample of a window is a leftover: runnable ("R"
// in /proc/self/task/TID/stat), or in a futex wait (wchan "futex_do_wait", "futex_wait_queue"
// on older kernels), which for a worker means Atomics.wait, i.e. blocked inside guest code.
// An idle worker, and a guest thread the runtime ended with its process, wait in their event
// loop (wchan "do_epoll_wait"). A spinning thread is runnable whether or not it gets a core,
// so this holds however loaded the machine is; a worker still finishing the run is occupied
// for a moment only, and a second, longer window confirms the first. Measured on this
// machine: a spinning thread or child, and a child blocked in a pipe read or a sleep, are
// occupied in every sample, also under a load of 8 on 2 cores; idle workers in none. Where
// /proc cannot be read: more than half a core used over the first window.
const LEFTOVER_WINDOWS = [{ ms: 150, samples: 15 }, { ms: 300, samples: 30 }];
async function leftover(guestThread) {
  let suspects;
  for (const { ms, samples } of LEFTOVER_WINDOWS) {
    const occupied = new Map(); // tid -> samples in which it was occupied
    const start = process.cpuUsage();
    for (let i = 0; i < samples; i++) {
      const tids = occupiedWorkers(guestThread);
      if (!tids) {
        await sleep(ms);
        const used = process.cpuUsage(start);
        return (used.user + used.system) / 1000 > ms / 2;
      }
      for (const tid of tids) occupied.set(tid, (occupied.get(tid) ?? 0) + 1);
      await sleep(ms / samples);
    }
    const now = [...occupied].filter(([tid, n]) => n >= samples * 0.9 && (!suspects || suspects.has(tid)));
    if (now.length === 0) return false;
    suspects = new Set(now.map(([tid]) => tid));
  }
  return true;
}

// The threads named guestThread (the runtime's workers) that are occupied as leftover() says;
// undefined where /proc cannot be read.
function occupiedWorkers(guestThread) {
  let tids;
  try { tids = fs.readdirSync("/proc/self/task"); } catch { return undefined; }
  const out = [];
  for (const tid of tids) {
    const dir = `/proc/self/task/${tid}`;
    try {
      const stat = fs.readFileSync(`${dir}/stat`, "latin1");
      // "TID (COMM) STATE ...": the last ")" ends COMM.
      const end = stat.lastIndexOf(")");
      if (stat.slice(stat.indexOf("(") + 1, end) !== guestThread) continue;
      if (stat[end + 2] === "R" || fs.readFileSync(`${dir}/wchan`, "latin1").startsWith("futex")) out.push(tid);
    } catch {
      // The thread ended while we looked.
    }
  }
  return out;
}

// Takes a free slot (slot.N holding a dead pid is free); undefined when all are taken.
function takeSlot(dir) {
  for (let n = 0; n < MAX_SERVERS; n++) {
    const file = path.join(dir, `slot.${n}`);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
        return file;
      } catch (e) {
        if (e.code !== "EEXIST") throw e;
        const owner = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
        if (Number.isInteger(owner) && alive(owner)) break;
        try { fs.unlinkSync(file); } catch { /* another server took it over first */ }
      }
    }
  }
  return undefined;
}

// Listens at dir/ready.TAG.PID.sock until one client connects (resolves with its socket) or
// IDLE_MS pass (resolves with undefined).
function acceptOne(dir, ready) {
  const staging = path.join(dir, `listen.${process.pid}.sock`);
  for (const f of [staging, ready]) try { fs.unlinkSync(f); } catch { /* not there */ }
  return new Promise((resolve, reject) => {
    const server = net.createServer({ pauseOnConnect: true });
    let timer;
    const done = (socket) => {
      clearTimeout(timer);
      server.close();
      // The client renamed the socket file away; after an idle wait it is still here.
      try { fs.unlinkSync(ready); } catch { /* claimed */ }
      resolve(socket);
    };
    server.once("connection", (socket) => done(socket));
    server.once("error", reject);
    // Published under its final name only once it accepts connections.
    server.listen(staging, () => {
      fs.renameSync(staging, ready);
      timer = setTimeout(() => done(undefined), IDLE_MS);
    });
  });
}

// The host of one run (see processHost in wasix-run.mjs for the shape) over a client's socket.
function clientHost(socket, request, onGone, served) {
  let stdinWanted = false;
  let ended = false;
  const stdin = new Readable({
    highWaterMark: 1 << 16,
    read() {
      if (stdinWanted || ended) return;
      stdinWanted = true;
      socket.write(frame("W"));
    },
  });
  let signalHandler = () => {};
  let sinkEvents = { drain() {}, broken() {} };
  readFrames(socket, (type, payload) => {
    if (type === "I") { stdinWanted = false; stdin.push(Buffer.from(payload)); }
    else if (type === "E") { stdinWanted = false; stdin.push(null); }
    else if (type === "S") {
      const n = Number(payload.toString());
      if (SIGNAL_NAMES[n]) signalHandler(SIGNAL_NAMES[n], n);
    } else if (type === "B") sinkEvents.broken("stdout");
  });
  socket.on("drain", () => { sinkEvents.drain("stdout"); sinkEvents.drain("stderr"); });
  const host = {
    argv: request.argv,
    env: request.env,
    stdin,
    ttyMask: request.tty,
    merged: request.merged,
    write: (name, data) => (ended ? true : socket.write(frame(name === "stdout" ? "O" : "F", data))),
    listen(events) { sinkEvents = events; },
    onSignal(fn) { signalHandler = fn; },
    flush: () => new Promise((resolve) => {
      if (ended || socket.writableLength === 0) resolve();
      else socket.once("drain", resolve);
    }),
    exit(code) {
      if (ended) return host.exited;
      ended = true;
      socket.end(frame("X", String(code)), () => host.exitedResolve());
      return host.exited;
    },
    keepRuntime: true,
    served,
    retire: false,
  };
  host.exited = new Promise((resolve) => { host.exitedResolve = resolve; });
  const gone = () => {
    if (!ended) onGone(); // the client died mid-run: the guest goes with this process
    host.exitedResolve();
  };
  socket.on("close", gone);
  socket.on("error", () => {});
  if (socket.closed) gone(); // before this host listened
  return host;
}

// The host of a run with no client (the warm-up): no input, output dropped, the exit status
// kept in host.status.
function quietHost(argv) {
  const host = {
    argv, env: {}, stdin: Readable.from([]), ttyMask: "000", merged: false,
    write: () => true, listen() {}, onSignal() {}, flush: async () => {},
    exit(code) { host.status = code; }, keepRuntime: true, retire: false,
  };
  return host;
}

// Waits for the request frame of a new connection; the frames after it (stdin, signals) stay
// on the socket for the run's host.
function request(socket) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(undefined), REQUEST_WAIT_MS);
    let answered = false;
    const finish = (value) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      socket.removeListener("data", onData);
      socket.removeListener("close", onClose);
      socket.pause();
      resolve(value);
    };
    const feed = frameSplitter((type, payload) => {
      let value;
      if (type === "R") {
        try { value = JSON.parse(payload.toString()); } catch { /* not a request */ }
      }
      finish(value);
      return false;
    });
    const onClose = () => finish(undefined);
    const onData = (chunk) => {
      const rest = feed(chunk);
      if (answered && rest.length) socket.unshift(rest);
    };
    socket.on("data", onData);
    socket.on("close", onClose);
    socket.resume();
  });
}

// Whoever can connect to a server runs programs as its user, with that user's files (--dir)
// and network: the directory must be this user's own and closed to everyone else.
function privateDir(dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = fs.statSync(dir);
  return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o077) === 0;
}

export async function serve({ dir, start, run, guestThread }) {
  dir = path.resolve(dir);
  if (!privateDir(dir)) return process.exit(0); // the client does not use it either
  const slot = takeSlot(dir);
  if (!slot) return process.exit(0); // enough servers already
  const ready = path.join(dir, `ready.${installTag()}.${process.pid}.sock`);
  const leave = () => {
    for (const f of [slot, ready, path.join(dir, `listen.${process.pid}.sock`),
                     path.join(dir, `warm-up.${process.pid}.wasm`)]) {
      try { fs.unlinkSync(f); } catch { /* gone */ }
    }
  };
  process.on("exit", leave);
  for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(sig, () => process.exit(0));

  await start();
  const warmUp = path.join(dir, `warm-up.${process.pid}.wasm`);
  fs.writeFileSync(warmUp, WARM_UP_MODULE);
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    const host = quietHost([warmUp]);
    await run(host);
    if (host.status !== 0 || host.retire) return process.exit(0);
  }
  fs.unlinkSync(warmUp);

  const home = process.cwd();
  for (let runs = 0; runs < MAX_RUNS && process.memoryUsage.rss() < MAX_RSS; runs++) {
    const socket = await acceptOne(dir, ready);
    if (!socket) return process.exit(0); // idle
    const req = await request(socket);
    if (!req || !Array.isArray(req.argv)) { socket.destroy(); runs--; continue; }
    // What a single run inherits from its caller and the runner uses: the working directory
    // (relative paths of the command line) and the umask (files the guest creates on mounts).
    try {
      process.chdir(req.cwd);
      process.umask(Number.isInteger(req.umask) ? req.umask : 0o022);
    } catch {
      socket.end(frame("N"));
      runs--;
      continue;
    }
    socket.write(frame("A"));
    const host = clientHost(socket, req, () => process.exit(0), `run server ${process.pid}, run ${runs + 1}`);
    socket.resume();
    const done = run(host);
    await host.exited;
    // The run has answered; a run that retires the server may still be stopping its guest.
    if (host.retire) return process.exit(0);
    const settled = await Promise.race([done.then(() => true), sleep(2000).then(() => false)]);
    if (!settled) return process.exit(0);
    if (host.mayLeaveWork && await leftover(guestThread)) return process.exit(0);
    process.chdir(home);
  }
  process.exit(0);
}
