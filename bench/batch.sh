#!/usr/bin/env bash
# Throughput of a batch export by the number of cores it may use: the
# same documents exported to PDF by one `jobscribe export … --output-dir`
# run, pinned with taskset to one core, then to two, … up to all of them.
# Prints documents per second and the speed-up over one core. Not part of
# the test suite.
#
#   bench/batch.sh [RUNS]     default: 5 runs of each, after a warm-up
#
# Installs hyperfine from Debian when it is missing and builds Jobscribe
# for release in _build-bench.
set -euo pipefail

source "$(dirname "$0")/common.sh"
runs=${1:-5}

need_packages hyperfine
build_release src/jobscribe src/core/jobscribe-formats.so

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# Every template of the library in English and German: a few hundred
# documents of the lengths people write.
mkdir docs
for id in $("$jobscribe" list-templates --json | python3 -c 'import json, sys; print(" ".join(t["id"] for t in json.load(sys.stdin)))'); do
  for lang in en de; do
    "$jobscribe" new --template "$id" --lang "$lang" -o "docs/$id-$lang.jobdesc"
  done
done
n=$(find docs -name '*.jobdesc' | wc -l)
cores=$(nproc)

say "Exporting $n documents to PDF, $runs runs for each number of cores (of $cores)"
commands=()
for c in $(seq 1 "$cores"); do
  commands+=(--command-name "$c" "taskset -c 0-$((c - 1)) $jobscribe export $(echo docs/*.jobdesc) --format pdf --output-dir out-$c")
done
# Placeholders make the export warn on stderr: hyperfine shows no output.
hyperfine -N --warmup 1 --runs "$runs" --export-json times.json --style basic "${commands[@]}"

python3 - times.json "$n" <<'PY'
import json, sys

results = json.load(open(sys.argv[1]))["results"]
n = int(sys.argv[2])
one = results[0]["mean"]
print()
print(f"{'cores':>5} {'mean':>9} {'documents/s':>12} {'speed-up':>9} {'CPU time':>9}")
for r in results:
    cpu = r["user"] + r["system"]
    print(f"{r['command']:>5} {r['mean']:>8.2f}s {n / r['mean']:>12.0f} {one / r['mean']:>8.2f}x {cpu:>8.2f}s")
PY

# What the machine gives a load that shares nothing: the same loop of
# arithmetic, once on one core, then one copy on each core at once. The
# speed-up above cannot beat this one (virtual cores that are threads of
# one physical core, or a busy host, give less than their number).
if [ "$cores" -gt 1 ]; then
  say "Reference: $cores copies of a loop that shares nothing, one per core"
  cat > spin.py <<'PY'
s = 0
for i in range(20_000_000):
    s += i * i % 7
PY
  one=$( { /usr/bin/time -f %e taskset -c 0 python3 spin.py; } 2>&1 )
  start=$(date +%s%N)
  for c in $(seq 0 $((cores - 1))); do
    taskset -c "$c" python3 spin.py &
  done
  wait
  all=$(( $(date +%s%N) - start ))
  python3 -c "import sys; one, all_, n = float(sys.argv[1]), int(sys.argv[2]) / 1e9, int(sys.argv[3]); \
print(f'one copy {one:.2f}s, {n} copies {all_:.2f}s: speed-up {n * one / all_:.2f}x of {n}')" "$one" "$all" "$cores"
fi
