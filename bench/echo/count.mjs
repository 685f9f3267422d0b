// count.mjs — preloaded into wasix-run's Node (`node --import`, through a WASIX_SDK_NODE
// launcher) by bench/echo/run.sh: counts the runtime calls a guest makes. Every thread that
// instantiates a module importing from wasi_* / wasix_* wraps each imported function in a counter
// (one slot per import in a SharedArrayBuffer) and announces the buffer to the main thread. On
// SIGUSR2 the main thread writes the sums over all threads to $WASIX_BENCH_COUNT as
// "seq N" followed by "module.name count" lines, so that the difference of two snapshots taken
// around a load is exactly what the guest asked of the runtime. The runner is unchanged.
import { renameSync, writeFileSync } from "node:fs";
import { BroadcastChannel, isMainThread } from "node:worker_threads";

const file = process.env.WASIX_BENCH_COUNT;
const channel = new BroadcastChannel("wasix-bench-count");
const tables = [];
if (isMainThread) {
  channel.onmessage = (e) => tables.push(e.data);
  channel.unref();
  let seq = 0;
  process.on("SIGUSR2", () => {
    const sums = new Map();
    for (const { names, counts } of tables) {
      const c = new Int32Array(counts);
      names.forEach((n, i) => sums.set(n, (sums.get(n) ?? 0) + c[i]));
    }
    const lines = [`seq ${++seq}`, ...[...sums].filter(([, v]) => v > 0).map(([n, v]) => `${n} ${v}`)];
    writeFileSync(file + ".tmp", lines.join("\n") + "\n");
    renameSync(file + ".tmp", file);
  });
}

const counted = (imports) => {
  if (!imports || !Object.keys(imports).some((m) => /^wasi/.test(m))) return imports;
  const names = [];
  const counts = new SharedArrayBuffer(4 * 1024);
  const slots = new Int32Array(counts);
  const out = {};
  for (const [mod, fields] of Object.entries(imports)) {
    if (!/^wasi/.test(mod)) { out[mod] = fields; continue; }
    out[mod] = {};
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value !== "function" || names.length >= slots.length) { out[mod][name] = value; continue; }
      const slot = names.push(`${mod}.${name}`) - 1;
      out[mod][name] = function (...args) { slots[slot]++; return value.apply(this, args); };
    }
  }
  if (isMainThread) tables.push({ names, counts }); else channel.postMessage({ names, counts });
  return out;
};

const Instance = WebAssembly.Instance;
WebAssembly.Instance = new Proxy(Instance, {
  construct(target, [module, imports]) { return Reflect.construct(target, [module, counted(imports)]); },
});
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = function (source, imports, ...rest) {
  return instantiate.call(this, source, counted(imports), ...rest);
};
