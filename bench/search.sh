#!/usr/bin/env bash
# How long a keystroke of the template search takes with 10,000 templates,
# against scanning pre-folded text with strstr(). Builds for release in
# _build-bench; see bench/README.md.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/_build-bench"

"$top/build-aux/dev" deps
[ -f "$build/build.ninja" ] || meson setup "$build" "$top" --buildtype=release >/dev/null
ninja -C "$build" bench/jd-bench-search >/dev/null
"$build/bench/jd-bench-search"
