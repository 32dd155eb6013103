#!/usr/bin/env bash
# Main-thread work per main-loop iteration while the window opens a long
# document, scrolls it and takes typing (bench/big-document.c), on Xvfb
# when there is no display. Not part of the test suite.
#
#   bench/big-document.sh [BULLETS...]    default: 200 and 2000
#
# To see what an iteration over 16 ms did:
#   JD_BENCH_TRACE=1 JD_BENCH_WRAPPER="perf record -k mono --call-graph dwarf -o /tmp/perf.data" \
#     bench/big-document.sh 2000
# prints when each began and ended; `perf report -i /tmp/perf.data
# --time BEGIN,END` shows what ran then.
#
# Builds Jobscribe for release in _build-bench.
set -euo pipefail

source "$(dirname "$0")/common.sh"

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1200x24" "$0" "$@"
fi

build_release bench/jd-bench-big-document data/gschemas.compiled

# Xvfb has no GPU: GTK's GL renderer would run on llvmpipe, whose
# rasterizing on the CPU is no part of what a user's machine does on the
# main thread. Cairo draws the damaged region in software instead.
export GSK_RENDERER=cairo
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(200 2000)
for n in "${sizes[@]}"; do
  env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
      GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" \
      dbus-run-session -- ${JD_BENCH_WRAPPER:-} "$build/bench/jd-bench-big-document" "$n"
  echo
done
