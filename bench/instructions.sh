#!/usr/bin/env bash
# Counts the instructions of jobscribe's commands with callgrind: unlike
# times, counts do not depend on the machine's load, so they can be
# compared from one run to the next. Prints each command's count next to
# the figure recorded in bench/instructions.txt and exits non-zero when
# one is more than 10 % over it. Not part of the test suite.
#
#   bench/instructions.sh            measure and compare
#   bench/instructions.sh --record   measure and write bench/instructions.txt
#
# Builds Jobscribe for release in _build-bench (as bench/export.sh does).
set -euo pipefail

source "$(dirname "$0")/common.sh"
recorded="$top/bench/instructions.txt"
record=false
[ "${1:-}" = "--record" ] && record=true

need_packages valgrind
build_release

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$jobscribe" new --template software-engineer --lang en -o job.jobdesc

# name, then the command line
commands=(
  "version|--version"
  "list-templates|list-templates"
  "export-jobdesc-pdf|export job.jobdesc --format pdf -o job.pdf"
  "export-template-pdf|export --template software-engineer --lang en --format pdf -o template.pdf"
  "export-jobdesc-html|export job.jobdesc --format html -o job.html"
)

count() {
  # Fontconfig's cache is warm after the first run; measure warm runs.
  # shellcheck disable=SC2086
  "$jobscribe" $1 >/dev/null 2>&1 || true
  # shellcheck disable=SC2086
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
    "$jobscribe" $1 >/dev/null 2>"$work/valgrind.log"
  sed -n 's/^summary: //p' "$work/callgrind.out"
}

status=0
$record && : >"$recorded.new"
printf '%-22s %14s %14s %8s\n' command instructions recorded change
for entry in "${commands[@]}"; do
  name=${entry%%|*}
  args=${entry#*|}
  n=$(count "$args")
  before=$(awk -v name="$name" '$1 == name { print $2 }' "$recorded" 2>/dev/null || true)
  if [ -n "$before" ]; then
    change=$(awk -v n="$n" -v b="$before" 'BEGIN { printf "%+.1f%%", (n - b) * 100 / b }')
    if awk -v n="$n" -v b="$before" 'BEGIN { exit !(n > b * 1.10) }'; then
      change="$change  (over 10 %)"
      status=1
    fi
  else
    before=-
    change=-
  fi
  printf '%-22s %14s %14s %8s\n' "$name" "$n" "$before" "$change"
  $record && printf '%s %s\n' "$name" "$n" >>"$recorded.new"
done

if $record; then
  mv "$recorded.new" "$recorded"
  say "Recorded in $recorded"
fi
exit $status
