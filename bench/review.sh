#!/usr/bin/env bash
# How long the writing review takes: a 700-word and a 10,000-word document
# in each language, reviewed 200 times each on one core. Builds for
# release in _build-bench; see bench/README.md.
set -euo pipefail

source "$(dirname "$0")/common.sh"

build_release bench/jd-bench-review
taskset -c 0 "$build/bench/jd-bench-review" 2>/dev/null || "$build/bench/jd-bench-review"
