#!/usr/bin/env bash
# How long the writing review takes: a 700-word and a 10,000-word document
# in each language, reviewed 200 times each on one core. Builds for
# release in _build-bench; see bench/README.md.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/_build-bench"

"$top/build-aux/dev" deps
[ -f "$build/build.ninja" ] || meson setup "$build" "$top" --buildtype=release >/dev/null
ninja -C "$build" bench/jd-bench-review >/dev/null
taskset -c 0 "$build/bench/jd-bench-review" 2>/dev/null || "$build/bench/jd-bench-review"
