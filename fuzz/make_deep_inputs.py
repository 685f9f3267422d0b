#!/usr/bin/env python3
"""Writes witx inputs with very long typename chains, the shape of input behind
the known front-end failures in fuzz/crashes/ (see fuzz/README.md):

    python3 fuzz/make_deep_inputs.py OUTDIR [N]

  alias_param.witx   N aliases ending in u32, used as a function parameter
  alias_rev.witx     (typename $a0 $a1) ... $aN: each names the next one
  record_rev.witx    records each holding the next one
  pointer_rev.witx   pointers each to the next one
  record_chain.witx  records each holding the previous one

Run `wasix-gen --check|--dump-layout wasm32|--out DIR` on them; none may crash.
N defaults to 30000 (enough to overflow an 8 MB stack in a Debug build).
"""
import os
import sys


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 30000
    os.makedirs(out, exist_ok=True)
    files = {
        "alias_param.witx": "(typename $a0 u32)\n" + "".join("(typename $a%d $a%d)\n" % (i, i - 1) for i in range(1, n + 1))
        + "(typename $errno (enum (@witx tag u16) $success $badf))\n"
        + '(module $m (@witx import_module wasm32 "m") (@interface func (export "f") (param $x $a%d)'
          " (result $error (expected (error $errno)))))\n" % n,
        "alias_rev.witx": "".join("(typename $a%d $a%d)\n" % (i, i + 1) for i in range(n)) + "(typename $a%d u8)\n" % n,
        "record_rev.witx": "".join("(typename $r%d (record (field $x $r%d)))\n" % (i, i + 1) for i in range(n))
        + "(typename $r%d (record (field $x u8)))\n" % n,
        "pointer_rev.witx": "".join("(typename $p%d (@witx pointer $p%d))\n" % (i, i + 1) for i in range(n))
        + "(typename $p%d u8)\n" % n,
        "record_chain.witx": "(typename $r0 (record (field $x u8)))\n"
        + "".join("(typename $r%d (record (field $x $r%d)))\n" % (i, i - 1) for i in range(1, n)),
    }
    for name, text in files.items():
        with open(os.path.join(out, name), "w") as f:
            f.write(text)
        print(os.path.join(out, name))


if __name__ == "__main__":
    main()
