// module_info.mjs - what the runner reads from a guest module's sections:
// where the code section's contents start (DWARF addresses count from
// there), whether DWARF is present, and the names of imports and exports.
// Only the section framing and the import/export vectors are decoded.

// An unsigned LEB128 at pos: [value, position after it].
function leb(bytes, pos) {
  let value = 0, shift = 0, b;
  do {
    b = bytes[pos++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80 && pos < bytes.length);
  return [value, pos];
}

function name(bytes, pos) {
  const [len, start] = leb(bytes, pos);
  return [Buffer.from(bytes.subarray(start, start + len)).toString(), start + len];
}

// Skips an import's description (after its kind byte).
function skipImportDesc(bytes, kind, pos) {
  const limits = (p) => {
    const flags = bytes[p];
    let [, q] = leb(bytes, p + 1);
    if (flags & 1) [, q] = leb(bytes, q);
    return q;
  };
  switch (kind) {
  case 0: return leb(bytes, pos)[1];                 // function: type index
  case 1: return limits(pos + 1);                    // table: reftype, limits
  case 2: return limits(pos);                        // memory: limits
  case 3: return pos + 2;                            // global: valtype, mut
  case 4: return leb(bytes, pos + 1)[1];             // tag: attribute, type index
  default: return -1;
  }
}

export function moduleInfo(bytes) {
  // functionExports: name -> function index, of the exported functions.
  const info = { codeStart: -1, dwarf: false, imports: [], exports: [], functionExports: new Map() };
  let pos = 8;
  try {
    while (pos < bytes.length) {
      const id = bytes[pos];
      const [size, body] = leb(bytes, pos + 1);
      if (id === 10) info.codeStart = body;
      if (id === 0 && name(bytes, body)[0] === ".debug_info") info.dwarf = true;
      if (id === 2) {
        let [count, p] = leb(bytes, body);
        for (; count > 0 && p >= 0; --count) {
          const [module, q] = name(bytes, p);
          const [field, r] = name(bytes, q);
          info.imports.push(`${module}.${field}`);
          p = skipImportDesc(bytes, bytes[r], r + 1);
        }
      }
      if (id === 7) {
        let [count, p] = leb(bytes, body);
        for (; count > 0; --count) {
          const [field, q] = name(bytes, p);
          info.exports.push(field);
          const [index, r] = leb(bytes, q + 1);
          if (bytes[q] === 0) info.functionExports.set(field, index);
          p = r;
        }
      }
      pos = body + size;
    }
  } catch {
    // A malformed module: what was read so far.
  }
  return info;
}
