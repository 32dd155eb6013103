#!/usr/bin/env bash
# Throughput of a batch export by the number of cores it may use: the
# same documents exported to PDF by one `jobscribe export … --output-dir`
# run, pinned with taskset to one core, then to two, … up to all of them;
# then the same documents published as a site (`jobscribe publish`), each
# run into a new folder. Prints documents per second and the speed-up
# over one core. Not part of the test suite.
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

report() {
  python3 - "$1" "$n" <<'PY'
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
}
report times.json

# The site goes to memory when it can (/dev/shm): what is measured is
# Jobscribe's work, not the disk's. JD_BENCH_SITE_DIR=folder puts it on
# a disk instead.
site_dir=${JD_BENCH_SITE_DIR:-}
if [ -z "$site_dir" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  site_dir=$(mktemp -d /dev/shm/jd-bench-XXXXXX)
  trap 'rm -rf "$work" "$site_dir"' EXIT
fi
site_dir=${site_dir:-$work}

say "Publishing $n documents as a site in $site_dir, $runs runs for each number of cores (of $cores)"
commands=()
for c in $(seq 1 "$cores"); do
  commands+=(--command-name "$c" "taskset -c 0-$((c - 1)) $jobscribe publish docs -o $site_dir/site-$c -b https://jobs.example.com/ --include-incomplete")
done
hyperfine -N --warmup 1 --runs "$runs" --prepare "rm -rf $(for c in $(seq 1 "$cores"); do printf '%s ' "$site_dir/site-$c"; done)" \
  --export-json publish.json --style basic "${commands[@]}"
report publish.json

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

# The same for publishing: whole separate processes, one per core, each
# publishing every document into a site of its own, against one alone.
# What they share is the machine only (caches, memory, the kernel), so
# this is the most threads of one process could reach.
if [ "$cores" -gt 1 ]; then
  say "Reference: $cores separate publications at once, one per core"
  separate=(--command-name 1 "taskset -c 0 $jobscribe publish docs -o $site_dir/alone -b https://jobs.example.com/ --include-incomplete")
  script="pids=();"
  for c in $(seq 0 $((cores - 1))); do
    script+=" taskset -c $c $jobscribe publish docs -o $site_dir/apart-$c -b https://jobs.example.com/ --include-incomplete >/dev/null 2>&1 & pids+=(\$!);"
  done
  script+=' for p in "${pids[@]}"; do wait "$p" || exit 1; done'
  hyperfine -N --warmup 1 --runs "$runs" --prepare "rm -rf $site_dir/alone $(for c in $(seq 0 $((cores - 1))); do printf '%s ' "$site_dir/apart-$c"; done)" \
    --export-json apart.json --style basic "${separate[@]}" --command-name "$cores" "bash -c '$script'"
  python3 - apart.json "$cores" <<'PY'
import json, sys

results = json.load(open(sys.argv[1]))["results"]
n = int(sys.argv[2])
print(f"one alone {results[0]['mean']:.2f}s, {n} at once {results[1]['mean']:.2f}s: "
      f"speed-up {n * results[0]['mean'] / results[1]['mean']:.2f}x of {n}")
PY
fi
