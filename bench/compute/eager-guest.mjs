// eager-guest.mjs — preloaded into wasix-run's Node (`node --import`) by bench/compute/run.sh to
// measure what the runner would gain by compiling the guest module, and only it, eagerly with
// V8's optimising tier: a compile of wasm bytes whose import section names wasi_snapshot_preview1
// or wasix_32v1/wasix_64v1 runs with --no-liftoff --no-wasm-lazy-compilation, every other
// compile (the runtime's own 4.7 MB module) with Node's defaults. The flags are set just around
// the compile (V8 reads them when it compiles; Node does not freeze them). The runner is unchanged.
import v8 from "node:v8";

const view = (src) => {
  if (src instanceof Uint8Array) return src;
  if (ArrayBuffer.isView(src)) return new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
  if (src instanceof ArrayBuffer || src instanceof SharedArrayBuffer) return new Uint8Array(src);
  return null;
};

// Whether the module's import section (id 2) names a WASIX or WASI module.
const isGuest = (src) => {
  const b = view(src);
  if (!b) return false;
  let p = 8;
  const leb = () => {
    let r = 0, shift = 0, x;
    do { x = b[p++]; r += (x & 0x7f) * 2 ** shift; shift += 7; } while (x & 0x80 && p < b.length);
    return r;
  };
  while (p < b.length) {
    const id = b[p++];
    const end = leb() + p;
    if (id === 2) return /wasi_snapshot_preview1|wasix_(32|64)v1/.test(Buffer.from(b.subarray(p, end)).toString("latin1"));
    p = end;
  }
  return false;
};

const EAGER = ["--no-liftoff", "--no-wasm-lazy-compilation"];
const DEFAULT = ["--liftoff", "--wasm-lazy-compilation"];
const eagerly = (src, compile) => {
  if (!isGuest(src)) return compile();
  EAGER.forEach((f) => v8.setFlagsFromString(f));
  const restore = () => DEFAULT.forEach((f) => v8.setFlagsFromString(f));
  try {
    const r = compile();
    if (r && typeof r.then === "function") return r.finally(restore);
    restore();
    return r;
  } catch (e) {
    restore();
    throw e;
  }
};

WebAssembly.Module = new Proxy(WebAssembly.Module, {
  construct(target, args) { return eagerly(args[0], () => Reflect.construct(target, args)); },
});
const compile = WebAssembly.compile;
WebAssembly.compile = function (bytes, ...rest) { return eagerly(bytes, () => compile.call(this, bytes, ...rest)); };
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = function (src, ...rest) {
  return src instanceof WebAssembly.Module ? instantiate.call(this, src, ...rest)
    : eagerly(src, () => instantiate.call(this, src, ...rest));
};
