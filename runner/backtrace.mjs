// backtrace.mjs - the guest's frames of a trap, named, and placed in the
// source when the module carries DWARF.
//
// The engine's error text lists each wasm frame as
//   at NAME (wasm://wasm/MODULE-HASH:wasm-function[INDEX]:0xOFFSET)
// where NAME comes from the module's name section ("t.wasm.inner") and
// OFFSET counts from the start of the module (NAME and MODULE- are missing
// when the module has no name section). The JavaScript that called the guest
// and the runtime's own wasm frames follow the guest's. DWARF
// addresses count from the start of the code section's contents instead, so
// each offset is moved by that section's position before llvm-symbolizer
// reads it.
import { spawnSync } from "node:child_process";

import { moduleInfo } from "./module_info.mjs";

const FRAME = /^\s+at (?:(\S+) \()?wasm:\/\/wasm\/(?:([^:()\s]+)-)?[0-9a-f]+:wasm-function\[(\d+)\]:(0x[0-9a-f]+)\)?$/;
const MAX_FRAMES = 16;

// The guest's frames in the error text, innermost first: the wasm frames
// before the first JavaScript frame (the runtime's own wasm frames come
// after that, below the JavaScript that called the guest).
function guestFrames(text) {
  const frames = [];
  for (const line of String(text).split("\n")) {
    if (!/^\s+at /.test(line)) continue;
    const m = FRAME.exec(line);
    if (!m) break;
    const module = m[2] ?? "";
    const name = m[1] ? m[1].slice(module && m[1].startsWith(module + ".") ? module.length + 1 : 0)
                      : `wasm-function[${m[3]}]`;
    frames.push({ name, offset: parseInt(m[4], 16) });
  }
  return frames;
}

// The symbolizer, looked for in `env` (the environment wasix-run was started in: a run
// server's own may differ).
function symbolizer(env) {
  const cands = [env.WASIX_SDK_SYMBOLIZER, "llvm-symbolizer-19", "llvm-symbolizer"].filter(Boolean);
  for (const c of cands) {
    const p = spawnSync(c, ["--version"], { stdio: "ignore", timeout: 5000, env });
    if (p.status === 0) return c;
  }
  return null;
}

// For each address, its frames as [{name, loc}], innermost (inlined) first;
// null when there is no symbolizer.
function symbolize(file, addrs, env) {
  const tool = symbolizer(env);
  if (!tool || !addrs.length) return null;
  const p = spawnSync(tool, [`--obj=${file}`, "--inlines", "--functions=linkage",
                             ...addrs.map((a) => "0x" + a.toString(16))],
                      { encoding: "utf8", timeout: 10000, env });
  if (p.status !== 0 || !p.stdout) return null;
  const blocks = p.stdout.trim().split(/\n\s*\n/);
  if (blocks.length !== addrs.length) return null;
  return blocks.map((b) => {
    const lines = b.split("\n");
    const out = [];
    for (let i = 0; i + 1 < lines.length; i += 2) out.push({ name: lines[i], loc: lines[i + 1] });
    return out;
  });
}

// The backtrace lines (without a prefix) for a trap of the guest `file`
// (its bytes in `bytes`), from the engine's error text; [] when the text
// has no guest frames.
export function backtrace(text, file, bytes, env = process.env) {
  const frames = guestFrames(text);
  if (!frames.length) return [];
  const base = file.split("/").pop();
  const { codeStart, dwarf } = bytes ? moduleInfo(bytes) : { codeStart: -1, dwarf: false };
  const shown = frames.slice(0, MAX_FRAMES);
  // The frames are taken to be those of the module that was run (after an
  // exec they would be another's: its DWARF is not at hand, and a lookup in
  // the wrong file gives no place or a wrong one).
  const lookups = dwarf && codeStart >= 0 ? shown : [];
  const found = symbolize(file, lookups.map((f) => f.offset - codeStart), env);
  const lines = [];
  let n = 0;
  for (const f of shown) {
    const where = `(${base}+0x${f.offset.toString(16)})`;
    const i = found ? lookups.indexOf(f) : -1;
    const places = i >= 0 ? found[i].filter((p) => !p.loc.startsWith("??")) : [];
    if (!places.length) {
      lines.push(`#${n++} ${f.name} ${where}`);
      continue;
    }
    // The outermost entry is the function itself: its name is the engine's
    // (the symbolizer names wasm functions from the wrong table); inner
    // entries are functions inlined into it, named by DWARF.
    places.forEach((p, k) => {
      const name = k === places.length - 1 ? f.name : `${p.name} (inlined)`;
      lines.push(`#${n++} ${name} at ${p.loc}`);
    });
  }
  if (frames.length > shown.length) lines.push(`... ${frames.length - shown.length} more frames`);
  return lines;
}
