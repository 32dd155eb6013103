#!/usr/bin/env bash
# How long a keystroke of the template search takes with 10,000 templates,
# against scanning pre-folded text with strstr(). Builds for release in
# _build-bench; see bench/README.md.
set -euo pipefail

source "$(dirname "$0")/common.sh"

build_release bench/jd-bench-search
"$build/bench/jd-bench-search"
