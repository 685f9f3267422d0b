#!/usr/bin/env bash
# bench/run.sh [--quick] — every benchmark, one table. Runs each bench's own script (each writes
# its results.md and a summary.tsv, see lib.sh), then collect.py writes bench/results.md (one row
# per measured quantity: the SDK's number, the baseline measured in the same run, the ratio, the
# goal from the issues and whether it is met) and regenerates the README's Benchmarks table
# between its bench:begin / bench:end markers. --quick: fewer repeats and shorter measurements,
# every row still filled (about 10 minutes on the 2-core dev machine, the full run about 25).
# A bench that fails is named in the table and the others still run; the exit status is then 1.
# Env: WASIX_DIST (default <repo>/dist), BENCHES (a subset, e.g. "compute startup"; the README
#      is then left alone).
# Needs: the SDK in dist/, cc/gcc, clang++-19, wabt, valgrind (header_cost), python3.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
quick=""
[ "${1:-}" = --quick ] && quick=--quick
all="wrapper_cost header_cost hello_size exceptions process threads context dl compute stack_guard startup echo"
benches=${BENCHES:-$all}
logs="$here/.logs"
mkdir -p "$logs"
failed=()
for b in $benches; do
  rm -f "$here/$b/summary.tsv"
  case $b in
    wrapper_cost|header_cost) cmd=(python3 "$here/$b/run.py" ${quick:+--quick}) ;;
    *) cmd=(bash "$here/$b/run.sh" $quick) ;;
  esac
  echo "== $b: ${cmd[*]}  ($(date -u +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg))"
  if ! "${cmd[@]}" > "$logs/$b.log" 2>&1 || [ ! -s "$here/$b/summary.tsv" ]; then
    echo "bench/run.sh: $b failed; the end of its log ($logs/$b.log):" >&2
    tail -n 15 "$logs/$b.log" >&2
    failed+=("$b")
  fi
done
readme=()
[ -z "${BENCHES:-}" ] && readme=(--readme "$root/README.md")
runner=$("${WASIX_DIST:-$root/dist}/bin/wasix-run" --version 2>/dev/null | head -1)
python3 "$here/collect.py" --command "bench/run.sh${quick:+ $quick}" --runner "$runner" "${readme[@]}" \
  --failed "${failed[@]}" -- $benches > /dev/null
if [ ${#readme[@]} -gt 0 ]; then echo "wrote bench/results.md and the Benchmarks table of README.md"
else echo "wrote bench/results.md"; fi
[ ${#failed[@]} -eq 0 ]
