#!/usr/bin/env bash
# threads-test.sh NAME — build one thread test guest with the SDK's drivers
# (wasix-clang for .c, wasix-clang++ for .cpp) and run it under wasix-run
# (called by ctest, see CMakeLists.txt). Needs:
#   WASIX_DIST  the assembled SDK (dist/)    TT_SRC    this directory
#   TT_WORK     a scratch directory          REPO_ROOT the repository root
#
# A test passes when the guest exits 0, prints no line starting with "FAIL",
# and its stdout has every line its source announces in a comment:
#   EXPECT: LINE            LINE appears as a whole line (fixed string)
#   EXPECT-COUNT: N REGEX   exactly N lines match the extended REGEX
# NAME is a source in this directory (NAME.c / NAME.cpp), sysroot_X for the
# sysroot author's smoke test sysroot/tests/X.{c,cpp} (their expectations are
# listed below, as in sysroot/tests/run.sh), or guest_example for
# examples/headers/guest_example.cpp.
set -euo pipefail

NAME="${1:?usage: threads-test.sh NAME}"
: "${WASIX_DIST:?WASIX_DIST is not set}" "${TT_SRC:?}" "${TT_WORK:?}" "${REPO_ROOT:?}"

fail() { echo "FAIL [$NAME]: $*" >&2; exit 1; }

RUN="$WASIX_DIST/bin/wasix-run"
[ -x "$WASIX_DIST/bin/wasix-clang" ] ||
  fail "no SDK at WASIX_DIST=$WASIX_DIST ($WASIX_DIST/bin/wasix-clang missing): run scripts/make-dist.sh (or set -DWASIX_DIST=...)"
[ -e "$WASIX_DIST/bin/wasix-clang++" ] || fail "$WASIX_DIST/bin/wasix-clang++ missing in the SDK"
[ -x "$RUN" ] || fail "$RUN missing in the SDK"

extra_expect=()
case "$NAME" in
  sysroot_*)
    base="${NAME#sysroot_}"
    src=$(ls "$REPO_ROOT/sysroot/tests/$base".c "$REPO_ROOT/sysroot/tests/$base".cpp 2>/dev/null | head -1) || true
    case "$base" in
      threads_smoke)     extra_expect=("main: counter=40000 (expected 40000) sum=20 errno=0 tls=0" "thread 4: tls=400 errno=4 self_ok=1") ;;
      threads_full)      extra_expect=("ok: 0 failures") ;;
      main_pthread_exit) extra_expect=("t7 line 49" "worker 1 done" "worker 2 done") ;;
      cxx_threads)       extra_expect=("producer/consumer sum=5050" "from async 42" "promise=7" "thread_local destructors=3") ;;
      cxx_fstream)       extra_expect=("read back: hello fstream" "remove_all ec=0 exists=0") ;;
    esac ;;
  guest_example)
    src="$REPO_ROOT/examples/headers/guest_example.cpp"
    extra_expect=("hello through a WASIX pipe (26 bytes)") ;;
  *)
    src=$(ls "$TT_SRC/$NAME".c "$TT_SRC/$NAME".cpp 2>/dev/null | head -1) || true ;;
esac
[ -n "${src:-}" ] && [ -f "$src" ] || fail "no source for test $NAME"

case "$src" in
  *.c)   CC="$WASIX_DIST/bin/wasix-clang" ;;
  *.cpp) CC="$WASIX_DIST/bin/wasix-clang++" ;;
esac

work="$TT_WORK/$NAME"
rm -rf "$work"
mkdir -p "$work"
cd "$work"

"$CC" -O2 -Wall -Werror -I"$TT_SRC" "$src" -o "$NAME.wasm" || fail "cannot build $src"

rc=0
"$RUN" --timeout 240000 "$NAME.wasm" > out.txt 2> err.txt || rc=$?
cat out.txt
cat err.txt >&2
[ "$rc" -eq 0 ] || fail "guest exited with status $rc"
! grep -q '^FAIL' out.txt || fail "the guest reported failures"

# Expectations: from the source's comments, plus the fixed ones above.
mapfile -t expects < <(sed -n 's/^.*[^-]EXPECT: \(.*\)$/\1/p' "$src" | sed 's/[[:space:]]*\*\/[[:space:]]*$//')
for line in "${expects[@]}" "${extra_expect[@]}"; do
  [ -n "$line" ] || continue
  grep -qxF -- "$line" out.txt || fail "output lacks the line: $line"
done
while read -r n re; do
  [ -n "${n:-}" ] || continue
  got=$(grep -cE -- "$re" out.txt || true)
  [ "$got" -eq "$n" ] || fail "expected $n lines matching /$re/, got $got"
done < <(sed -n 's/^.*EXPECT-COUNT: \([0-9][0-9]*\) \(.*\)$/\1 \2/p' "$src" | sed 's/[[:space:]]*\*\/[[:space:]]*$//')
[ "${#expects[@]}" -gt 0 ] || [ "${#extra_expect[@]}" -gt 0 ] || fail "test has no expectations"
echo "PASS [$NAME]"
