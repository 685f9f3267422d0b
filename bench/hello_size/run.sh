#!/usr/bin/env bash
# run.sh — hello-world .wasm sizes: hello.c (printf) and hello.cpp (iostream), built
#   * with the SDK: dist/bin/wasix-clang -O2 / dist/bin/wasix-clang++ -O2 (threaded sysroot,
#     shared imported memory; the driver never runs wasm-opt by itself);
#   * against Debian's prebuilt single-threaded wasi-libc / libc++ for wasm32:
#     clang-19 --target=wasm32-wasi --sysroot=/usr -O2 (C++: clang++-19 … -fno-exceptions),
#     with wasm-opt hidden from clang's PATH so that neither side gets clang's automatic
#     post-link wasm-opt.
# Columns: as linked; after wasm-strip (no name/custom sections); after
# wasm-opt -O2 + wasm-strip (what a release pipeline would ship).
# Every module is run once (wasix-run) and must print the greeting.
# Prints a table and writes results.md and summary.tsv (see ../lib.sh) next to this file. Takes a
# few seconds (--quick is accepted and changes nothing).
# Env: WASIX_DIST (default <repo>/dist).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../lib.sh"
DIST=${WASIX_DIST:-$root/dist}
[ -x "$DIST/bin/wasix-clang" ] || { echo "run.sh: error: no SDK at $DIST (run scripts/main.sh first)" >&2; exit 1; }
for t in clang-19 clang++-19 wasm-ld-19 wasm-strip wasm-opt wasm-objdump; do
  command -v "$t" >/dev/null || { echo "run.sh: error: $t not found" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# PATH without any directory that holds a wasm-opt, for the Debian builds.
nopt_path=""
IFS=: read -r -a dirs <<<"$PATH"
for d in "${dirs[@]}"; do [ -x "$d/wasm-opt" ] || nopt_path+="${nopt_path:+:}$d"; done
WASM_OPT=$(command -v wasm-opt)
CLANG=$(command -v clang-19); CLANGXX=$(command -v clang++-19); WASM_LD=$(command -v wasm-ld-19)

build() {  # NAME COMMAND...
  local name=$1; shift
  "$@" -o "$work/$name.wasm" || { echo "run.sh: error: cannot build $name" >&2; exit 1; }
}
build wasix-c    "$DIST/bin/wasix-clang" -O2 "$here/hello.c"
build wasix-cxx  "$DIST/bin/wasix-clang++" -O2 "$here/hello.cpp"
# The same C++ program linked with -fPIC (a program that can dlopen side modules: it links the
# position-independent libc and libc++ and exports all of it).
build wasix-cxx-pic "$DIST/bin/wasix-clang++" -O2 -fPIC "$here/hello.cpp"
build debian-c   env PATH="$nopt_path" "$CLANG" -fuse-ld="$WASM_LD" --target=wasm32-wasi --sysroot=/usr -O2 "$here/hello.c"
build debian-cxx env PATH="$nopt_path" "$CLANGXX" -fuse-ld="$WASM_LD" --target=wasm32-wasi --sysroot=/usr -O2 -fno-exceptions "$here/hello.cpp"

for n in wasix-c wasix-cxx debian-c debian-cxx; do
  out=$("$DIST/bin/wasix-run" "$work/$n.wasm")
  [ "$out" = "Hello, world! 42" ] || { echo "run.sh: error: $n printed '$out'" >&2; exit 1; }
  cp "$work/$n.wasm" "$work/$n.strip.wasm"; wasm-strip "$work/$n.strip.wasm"
  "$WASM_OPT" -O2 --enable-threads --enable-bulk-memory --enable-mutable-globals --enable-sign-ext \
    "$work/$n.wasm" -o "$work/$n.opt.wasm"
  wasm-strip "$work/$n.opt.wasm"
done
out=$("$DIST/bin/wasix-run" "$work/wasix-cxx-pic.wasm")
[ "$out" = "Hello, world! 42" ] || { echo "run.sh: error: wasix-cxx-pic printed '$out'" >&2; exit 1; }
cp "$work/wasix-cxx-pic.wasm" "$work/wasix-cxx-pic.strip.wasm"; wasm-strip "$work/wasix-cxx-pic.strip.wasm"

size() { stat -c %s "$work/$1.wasm"; }
kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
imports() { wasm-objdump -x -j Import "$work/$1.wasm" 2>/dev/null | grep -c ' <- ' || true; }
funcs() { wasm-objdump -h "$work/$1.wasm" | awk '$1 == "Code" { sub(/.*count: /, ""); print $1 }'; }

table="| program | build | as linked | stripped | wasm-opt -O2 + strip | functions | imports |
|---|---|---:|---:|---:|---:|---:|"
for lang in c cxx; do
  case $lang in c) label="C, printf" ;; cxx) label="C++, iostream" ;; esac
  for side in wasix debian; do
    n="$side-$lang"
    case $side-$lang in
      wasix-c)    b="SDK (wasix-clang, threaded)" ;;
      wasix-cxx)  b="SDK (wasix-clang++, threaded)" ;;
      debian-c)   b="Debian wasi-libc (single-threaded)" ;;
      debian-cxx) b="Debian wasi-libc + libc++ (single-threaded)" ;;
    esac
    table+=$'\n'"| $label | $b | $(size "$n") B | $(size "$n.strip") B | $(size "$n.opt") B | $(funcs "$n") | $(imports "$n") |"
  done
  table+=$'\n'"| $label | **SDK / Debian** | **$(ratio "$(size "wasix-$lang")" "$(size "debian-$lang")")×** | **$(ratio "$(size "wasix-$lang.strip")" "$(size "debian-$lang.strip")")×** | **$(ratio "$(size "wasix-$lang.opt")" "$(size "debian-$lang.opt")")×** | | |"
done

bench_summary_start "$here/summary.tsv"
bench_row size_c "hello world size, C (printf), stripped" "$(size wasix-c.strip)" "$(size debian-c.strip)" B "Debian's single-threaded wasi-libc"
bench_row size_cxx "hello world size, C++ (iostream), stripped" "$(size wasix-cxx.strip)" "$(size debian-cxx.strip)" B "Debian's single-threaded wasi-libc + libc++"
bench_row size_cxx_pic "hello world size, C++ (iostream) linked with -fPIC, stripped" "$(size wasix-cxx-pic.strip)" "$(size wasix-cxx.strip)" B "the same linked without -fPIC"
bench_summary_end

report="# Hello-world .wasm size — $(date -u '+%Y-%m-%d %H:%M UTC')

\`bench/hello_size/run.sh\`: \`hello.c\` (\`printf(\"Hello, world! %d\\n\", 42)\`) and \`hello.cpp\`
(\`std::cout << \"Hello, world! \" << 42 << std::endl\`), built with the SDK's drivers
(\`dist/bin/wasix-clang[++] -O2\`) and against Debian's prebuilt wasi-libc/libc++ for wasm32
(\`clang-19 --target=wasm32-wasi --sysroot=/usr -O2\`, C++ with \`-fno-exceptions\`), both
without clang's automatic post-link wasm-opt. *stripped*: \`wasm-strip\` (drops the name
section); last size column: \`wasm-opt -O2\` then \`wasm-strip\`. Every module was run with
\`wasix-run\` and printed the greeting. $(clang-19 --version | head -1); $("$WASM_OPT" --version).

$table

Compare the *stripped* columns: Debian's \`libc.a\`/\`libc++.a\` for wasm32 carry DWARF, which ends
up in the linked module (\`.debug_*\` sections), while the SDK's sysroot is built without \`-g\`.
The SDK's modules also import more (the WASIX thread and futex functions and \`env.memory\`, a
shared memory the runtime provides) and contain the pthread/locking code the threaded libc needs.

Linked with \`-fPIC\` (a program that can \`dlopen\` side modules, with the position-independent
libc and libc++, exporting every symbol it links), the C++ hello is $(size wasix-cxx-pic) B as
linked and $(size wasix-cxx-pic.strip) B stripped, $(ratio "$(size wasix-cxx-pic.strip)" "$(size wasix-cxx.strip)")× the stripped size without \`-fPIC\`; it exports
$(wasm-objdump -x -j Export "$work/wasix-cxx-pic.wasm" 2>/dev/null | grep -c ' -> ' || true) symbols.
"
printf '%s\n' "$report" | tee "$here/results.md"
