// trace.mjs — preloaded into wasix-run's Node (`node --import`) by bench/startup/run.sh: appends
// one line per event to $WASIX_BENCH_TRACE, "<epoch ms> <thread> <event> [detail]", from the
// main thread and every worker, so that run.sh can tell where a run's time goes without any
// change to the runner. Events: node's own start-up marks, each WebAssembly compile
// (start/end, size), each worker created and started, the first import of @wasmer/sdk, the first
// write to stdout, process exit.
import { appendFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { isMainThread, threadId } from "node:worker_threads";
import module from "node:module";

const file = process.env.WASIX_BENCH_TRACE;
// performance.timeOrigin can drift from the wall clock by hours on a long-running host (it is
// derived from the monotonic clock), and run.sh stamps the launch and the end with the wall
// clock: every time here is moved by the difference measured once, now.
const skew = Date.now() - (performance.timeOrigin + performance.now());
const now = () => performance.timeOrigin + performance.now() + skew;
const mark = (event, detail = "", at = now()) => {
  if (file) appendFileSync(file, `${at.toFixed(3)} ${isMainThread ? "main" : "w" + threadId} ${event} ${detail}\n`);
};

if (isMainThread) {
  const t = performance.nodeTiming;
  mark("node_start", "", performance.timeOrigin + t.nodeStart + skew);
  mark("node_bootstrapped", "", performance.timeOrigin + t.bootstrapComplete + skew);
  process.on("exit", () => mark("exit"));
  const write = process.stdout.write.bind(process.stdout);
  let first = true;
  process.stdout.write = (...args) => {
    if (first) { first = false; mark("first_stdout"); }
    return write(...args);
  };
} else {
  mark("worker_start");
}
let seen = false;
module.registerHooks?.({
  resolve(specifier, context, next) {
    if (!seen && specifier.startsWith("@wasmer/sdk")) { seen = true; mark("import_sdk"); }
    return next(specifier, context);
  },
});
mark("preloaded");

// Each compile: its start, its end and the module's size.
const size = (b) => (b && b.byteLength !== undefined ? b.byteLength : "?");
const wrapAsync = (name) => {
  const orig = WebAssembly[name];
  if (!orig) return;
  WebAssembly[name] = async function (src, ...rest) {
    const isModule = src instanceof WebAssembly.Module;
    const t0 = now();
    const r = await orig.call(this, src, ...rest);
    const what = `${name} ${isModule ? "module" : size(src)}`;
    mark(isModule ? "instance_start" : "compile_start", what, t0);
    mark(isModule ? "instance_end" : "compile_end", what);
    return r;
  };
};
wrapAsync("compile");
wrapAsync("instantiate");
// The synchronous forms: a Module compiles, an Instance instantiates.
for (const name of ["Module", "Instance"]) {
  WebAssembly[name] = new Proxy(WebAssembly[name], {
    construct(target, args) {
      const t0 = now();
      const m = Reflect.construct(target, args);
      const what = name === "Module" ? `Module ${size(args[0])}` : "Instance";
      mark(name === "Module" ? "compile_start" : "instance_start", what, t0);
      mark(name === "Module" ? "compile_end" : "instance_end", what);
      return m;
    },
  });
}
