// Worker-thread entry of wasix-run (every worker of the runtime starts here).
//
// @wasmer/sdk 0.16.0 runs guests in worker threads. Its core can mount a
// "host filesystem" at a guest path (SandboxBuilderCore.mountHost); the
// runtime then calls, synchronously and inside the worker,
//     globalThis.__wasmerHostFileSystem(mountId, method, args)
// for every file operation below the mount point. The SDK's browser worker
// installs a bridge for it; its Node worker does not. This module installs
// one backed by node:fs (synchronous calls, so no round trip to the main
// thread), then loads the SDK's own Node worker script. The main thread
// imports it too (the runtime checks the working directory from there).
//
// The mounts are a table wasix-run writes before each guest starts (setMounts below): a
// worker may have been started before the guest was known (ahead of the first spawn, or by
// an earlier guest of a run server), so it reads the table when a mount id is new to it.
// The SDK's worker script URL comes from WASIX_RUN_SDK_WORKER, the runtime's JavaScript (the
// module the SDK's worker imports on its init message) from WASIX_RUN_SDK_GLUE. Every worker
// runs this script, mounts or not.
//
// Every guest thread runs in a worker of its own, and a descriptor opened by
// one thread is used by the others, so a handle must mean the same file in
// every worker. All workers are threads of one process, whose OS descriptors
// they share: a handle is the host descriptor plus one. Which descriptors
// the bridge opened, and for which mount, is kept in a SharedArrayBuffer that
// wasix-run hands to every worker as environment data (new workers, also
// those a worker starts, inherit it), so a stale or foreign number never
// reaches a descriptor Node itself uses.
//
// Protocol, as observed with 0.16.0 (paths are relative to the mount root,
// "" is the root itself; errors are thrown as Error objects whose `code` is
// a Node/POSIX errno name such as ENOENT, which the runtime maps to WASI
// errnos):
//   stat(path)                    -> {kind: "file"|"directory", size}
//   readDir(path)                 -> [{name, kind, size}]
//   mkdir(path)                   -> undefined
//   remove(path)                  -> undefined   (file or empty directory)
//   rename(from, to)              -> undefined
//   open(path, read, write, create, createNew, truncate, append) -> handle
//   read(handle, offset, length)  -> Uint8Array (short at end of file)
//   write(handle, offset, bytes)  -> number of bytes written
//   setLen(handle, length), flush(handle), sync(handle), close(handle)

import fs from "node:fs";
import path from "node:path";
import { isMainThread, getEnvironmentData, setEnvironmentData } from "node:worker_threads";

const FD_REGISTRY_KEY = "wasix-run-fd-registry";
const FD_REGISTRY_SLOTS = 1 << 16;
const MOUNT_TABLE_KEY = "wasix-run-mounts";
const MOUNT_TABLE_BYTES = 1 << 16;

// The mount table: [0] a generation, [1] the byte length of the JSON [{id, host, ro}] that
// follows the two words. Shared by every worker (environment data, inherited by the workers a
// worker starts, like the descriptor registry below); written by the main thread only
// between guests, so a reader sees a complete table.
let mountBuffer = getEnvironmentData(MOUNT_TABLE_KEY);
if (!mountBuffer) {
  mountBuffer = new SharedArrayBuffer(MOUNT_TABLE_BYTES);
  setEnvironmentData(MOUNT_TABLE_KEY, mountBuffer);
}
const mountHeader = new Int32Array(mountBuffer, 0, 2);
let mounts = new Map();
let mountGeneration = -1;

function readMounts() {
  const generation = Atomics.load(mountHeader, 0);
  if (generation === mountGeneration) return;
  const length = Atomics.load(mountHeader, 1);
  // TextDecoder refuses views of shared memory: copy the bytes out first.
  const text = new TextDecoder().decode(new Uint8Array(mountBuffer, 8, length).slice());
  mounts = new Map(JSON.parse(text || "[]").map((m) => [m.id, { id: m.id, host: path.resolve(m.host), ro: !!m.ro }]));
  mountGeneration = generation;
}

// Called by wasix-run's main thread before a guest starts: the mounts it may use. Mount ids
// are never reused within a process, so a handle of an earlier guest never names a mount of
// a later one.
export function setMounts(list) {
  const bytes = new TextEncoder().encode(JSON.stringify(list.map(({ id, host, ro }) => ({ id, host, ro }))));
  if (bytes.length > MOUNT_TABLE_BYTES - 8) throw new Error("too many --dir mounts for the bridge's table");
  new Uint8Array(mountBuffer, 8, bytes.length).set(bytes);
  Atomics.store(mountHeader, 1, bytes.length);
  Atomics.add(mountHeader, 0, 1);
}

// Called by wasix-run's main thread after a guest has ended: closes the host descriptors the
// bridge still holds for the mounts `ids` (files the guest left open).
export function closeMountFiles(ids) {
  const set = new Set(ids);
  for (let fd = 0; fd < registry.length; fd++) {
    const id = Atomics.load(registry, fd);
    if (id !== 0 && set.has(id) && Atomics.compareExchange(registry, fd, id, 0) === id) {
      try { fs.closeSync(fd); } catch { /* already gone */ }
    }
  }
}
// registry[fd] = id of the mount the bridge opened host descriptor fd for, 0
// when the bridge has no such descriptor open.
// The first import (wasix-run's main thread, before the SDK starts a worker)
// creates it.
let registryBuffer = getEnvironmentData(FD_REGISTRY_KEY);
if (!registryBuffer) {
  registryBuffer = new SharedArrayBuffer(4 * FD_REGISTRY_SLOTS);
  setEnvironmentData(FD_REGISTRY_KEY, registryBuffer);
}
const registry = new Int32Array(registryBuffer);

function fail(code, message) {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

function mountOf(id) {
  if (!mounts.has(id)) readMounts();
  const m = mounts.get(id);
  if (!m) throw fail("EBADF", `unknown mount ${id}`);
  return m;
}

function resolve(m, rel) {
  if (typeof rel !== "string") throw fail("EINVAL", "path is not a string");
  const p = path.resolve(m.host, "." + path.posix.sep + rel);
  if (p !== m.host && !p.startsWith(m.host + path.sep)) throw fail("EACCES", `path escapes the mount: ${rel}`);
  return p;
}

function writable(m) {
  if (m.ro) throw fail("EROFS", "read-only mount");
}

function kindOf(st) {
  return st.isDirectory() ? "directory" : "file";
}

// The host descriptor of handle h, which must be open on mount m.
function handle(m, h) {
  const fd = Number(h) - 1;
  if (!Number.isInteger(fd) || fd < 0 || fd >= registry.length || Atomics.load(registry, fd) !== m.id) {
    throw fail("EBADF", `bad handle ${h}`);
  }
  return fd;
}

const methods = {
  stat(m, [rel]) {
    const st = fs.statSync(resolve(m, rel));
    return { kind: kindOf(st), size: st.isDirectory() ? 0 : st.size };
  },
  readDir(m, [rel]) {
    const dir = resolve(m, rel);
    const out = [];
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      let st;
      try { st = fs.statSync(path.join(dir, ent.name)); } catch { continue; } // dangling link
      if (!st.isFile() && !st.isDirectory()) continue; // sockets, fifos, devices
      out.push({ name: ent.name, kind: kindOf(st), size: st.isDirectory() ? 0 : st.size });
    }
    return out;
  },
  mkdir(m, [rel]) {
    writable(m);
    fs.mkdirSync(resolve(m, rel));
  },
  remove(m, [rel]) {
    writable(m);
    const p = resolve(m, rel);
    if (fs.lstatSync(p).isDirectory()) fs.rmdirSync(p);
    else fs.unlinkSync(p);
  },
  rename(m, [from, to]) {
    writable(m);
    fs.renameSync(resolve(m, from), resolve(m, to));
  },
  open(m, [rel, read, write, create, createNew, truncate]) {
    const p = resolve(m, rel);
    const { O_RDONLY, O_RDWR, O_WRONLY, O_CREAT, O_EXCL, O_TRUNC } = fs.constants;
    const wantWrite = !!(write || create || createNew || truncate);
    if (wantWrite) writable(m);
    let flags = wantWrite ? (read ? O_RDWR : O_WRONLY) : O_RDONLY;
    if (create) flags |= O_CREAT;
    if (createNew) flags |= O_CREAT | O_EXCL;
    if (truncate) flags |= O_TRUNC;
    let fd;
    try {
      fd = fs.openSync(p, flags, 0o666);
    } catch (e) {
      // The runtime asks for read+write even when the guest only reads; fall
      // back to read-only for files we may not write.
      if ((e.code === "EACCES" || e.code === "EPERM" || e.code === "EROFS") && !create && !createNew && !truncate) {
        fd = fs.openSync(p, O_RDONLY);
      } else {
        throw e;
      }
    }
    if (fd >= registry.length) {
      fs.closeSync(fd);
      throw fail("EMFILE", `host descriptor ${fd} is beyond the bridge's table`);
    }
    Atomics.store(registry, fd, m.id);
    return fd + 1;
  },
  read(m, [h, offset, length]) {
    const fd = handle(m, h);
    const buf = new Uint8Array(Math.max(0, Math.min(Number(length), 1 << 24)));
    const n = fs.readSync(fd, buf, 0, buf.length, Number(offset));
    return buf.subarray(0, n);
  },
  write(m, [h, offset, bytes]) {
    const fd = handle(m, h);
    writable(m);
    return fs.writeSync(fd, bytes, 0, bytes.length, Number(offset));
  },
  setLen(m, [h, length]) {
    const fd = handle(m, h);
    writable(m);
    fs.ftruncateSync(fd, Number(length));
  },
  flush(m, [h]) {
    handle(m, h);
  },
  sync(m, [h]) {
    fs.fsyncSync(handle(m, h));
  },
  close(m, [h]) {
    const fd = Number(h) - 1;
    // Only the thread that clears the slot closes: a second close of the
    // same handle, or of a number the bridge did not hand out, does nothing.
    if (!Number.isInteger(fd) || fd < 0 || fd >= registry.length) return;
    if (Atomics.compareExchange(registry, fd, m.id, 0) === m.id) fs.closeSync(fd);
  },
};

const trace = !!process.env.WASIX_RUN_TRACE_FS;
const show = (v) => JSON.stringify(v, (_k, x) => (x instanceof Uint8Array ? `<${x.length} bytes>` : x));

globalThis.__wasmerHostFileSystem = (mountId, method, args) => {
  const fn = methods[method];
  if (!fn) {
    console.error(`wasix-run: host filesystem: unsupported method ${method}`);
    throw fail("ENOSYS", `unsupported host filesystem method ${method}`);
  }
  const m = mountOf(mountId);
  try {
    const r = fn(m, Array.isArray(args) ? args : []);
    if (trace) console.error(`wasix-run: fs ${mountId} ${method} ${show(args)} -> ${show(r)}`);
    return r;
  } catch (e) {
    if (trace) console.error(`wasix-run: fs ${mountId} ${method} ${show(args)} -> ${e?.code ?? e}`);
    if (e && typeof e.code === "string") throw Object.assign(new Error(e.message), { code: e.code });
    throw fail("EIO", String(e?.message ?? e));
  }
};

// ---------------------------------------------------------------- thread traps
// A guest thread that traps ends the process with exit status 129, and the
// runtime keeps the trap to itself: its text and the engine's trace are
// nowhere. The runtime enters guest code in one of two ways, and the trap
// passes through JavaScript in both, where every worker takes note of it:
// - through functions made by WebAssembly.promising (a module that is not
//   asyncified), whose promise the trap rejects: WebAssembly.promising is
//   wrapped;
// - by a plain call from the runtime's own wasm (an asyncified module), which
//   takes the exception in through its __wbindgen_exn_store export
//   (wasm-bindgen's handleError): the exports of the runtime's instance are
//   wrapped (WebAssembly.Instance and WebAssembly.instantiate are).
// A guest trap's text and trace go to wasix-run's main thread (TRAP_CHANNEL),
// before the runtime goes on as it would; wasix-run reports a thread's trap
// as it reports one of the main thread.
export const TRAP_CHANNEL = "wasix-run-thread-trap";
let trapChannel;
const noteTrap = (e) => {
  try {
    // A trap, or the engine's own call stack exhausted (a RangeError).
    if (!(e instanceof WebAssembly.RuntimeError || e instanceof RangeError)) return;
    const text = String(e.stack ?? e);
    // A trap of guest code, not of the runtime's JavaScript.
    if (!/wasm-function\[\d+\]/.test(text)) return;
    trapChannel ??= new BroadcastChannel(TRAP_CHANNEL);
    trapChannel.postMessage(text);
  } catch { /* only a note */ }
};
const watchRuntime = (instance) => {
  const ex = instance?.exports;
  if (!ex || typeof ex.__wbindgen_exn_store !== "function" || !ex.__wbindgen_externrefs) return instance;
  const store = ex.__wbindgen_exn_store;
  const refs = ex.__wbindgen_externrefs;
  const wrapped = { ...ex };
  wrapped.__wbindgen_exn_store = (idx) => {
    noteTrap(refs.get(idx));
    return store(idx);
  };
  Object.defineProperty(instance, "exports", { value: Object.freeze(wrapped) });
  return instance;
};
if (!isMainThread) {
  // The runtime's worker keeps 50 frames of a trace (the main thread's trap report has
  // them); the same for a thread's.
  if (Error.stackTraceLimit < 50) Error.stackTraceLimit = 50;
  const NativeInstance = WebAssembly.Instance;
  const Instance = function Instance(module, imports) {
    return watchRuntime(new NativeInstance(module, imports));
  };
  Instance.prototype = NativeInstance.prototype;
  WebAssembly.Instance = Instance;
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (...args) => {
    const r = await instantiate.apply(WebAssembly, args);
    if (r instanceof NativeInstance) return watchRuntime(r);
    if (r?.instance) watchRuntime(r.instance);
    return r;
  };
  const promising = WebAssembly.promising;
  if (typeof promising === "function") {
    WebAssembly.promising = (f) => {
      const run = promising(f);
      return function (...args) {
        return run.apply(this, args).catch((e) => {
          noteTrap(e);
          throw e;
        });
      };
    };
  }
}

// wasix-run also imports this module in the main thread, where the runtime
// checks the working directory; only a worker goes on to run the SDK's worker.
// A worker also loads the runtime's JavaScript at once, not when the SDK's init message asks
// for it: wasix-run starts the first worker long before the SDK sends that message, and the
// message's import then finds the module loaded.
if (!isMainThread) {
  await import(process.env.WASIX_RUN_SDK_WORKER);
  if (process.env.WASIX_RUN_SDK_GLUE) import(process.env.WASIX_RUN_SDK_GLUE).catch(() => {});
}
