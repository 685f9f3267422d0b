// optimize.mjs — `wasix-run --optimize`: the guest's module compiled whole, before it starts, by
// V8's optimising tier (TurboFan), instead of function by function on first call by the baseline
// tier (Liftoff) with hot functions re-compiled later.
//
// Why an option: V8 replaces a function's code only for its next call (it has no on-stack
// replacement for wasm), so a hot loop in a function entered once — a main that does all the
// work — runs in the baseline tier to the end, several times slower than native. Compiling
// everything up front fixes that, but costs start-up in proportion to the module's code
// (bench/compute measures both), so it is for programs that compute, not the default.
//
// The flags are process-wide; they are set only around the compile of the guest's bytes (V8
// reads them when a compile starts) so that the runtime's own 4.7 MB module keeps Node's lazy
// defaults. The SDK compiles the guest with `new WebAssembly.Module` on the main thread and
// hands the compiled module to its workers.
import v8 from "node:v8";

const EAGER = ["--no-liftoff", "--no-wasm-lazy-compilation"];
const LAZY = ["--liftoff", "--wasm-lazy-compilation"];

function bytesOf(src) {
  if (ArrayBuffer.isView(src)) return Buffer.from(src.buffer, src.byteOffset, src.byteLength);
  if (src instanceof ArrayBuffer || src instanceof SharedArrayBuffer) return Buffer.from(src);
  return null;
}

// Makes every later compile of exactly `guest` (the module's bytes) an eager optimising one;
// onFirst(ms) is told how long the first took.
export function optimizeGuest(guest, onFirst = () => {}) {
  let first = true;
  const isGuest = (src) => {
    const b = bytesOf(src);
    return b !== null && b.length === guest.length && b.equals(guest);
  };
  const eagerly = (compile) => {
    EAGER.forEach((f) => v8.setFlagsFromString(f));
    const t0 = performance.now();
    try {
      return compile();
    } finally {
      LAZY.forEach((f) => v8.setFlagsFromString(f));
      if (first) onFirst(Math.round(performance.now() - t0));
      first = false;
    }
  };
  const Module = WebAssembly.Module;
  WebAssembly.Module = new Proxy(Module, {
    construct(target, args, newTarget) {
      return isGuest(args[0]) ? eagerly(() => Reflect.construct(target, args, newTarget))
        : Reflect.construct(target, args, newTarget);
    },
  });
  // An asynchronous compile reads the flags when it starts, before the promise is returned.
  const compile = WebAssembly.compile;
  WebAssembly.compile = function (src, ...rest) {
    return isGuest(src) ? eagerly(() => compile.call(this, src, ...rest)) : compile.call(this, src, ...rest);
  };
}
